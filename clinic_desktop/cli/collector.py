"""Python's cyclic garbage collector during a command's start-up (issue 22).

A command is a whole process, and its start-up makes tens of thousands of objects that live until
it ends: the code of every module it imports. The collector ran some fifty times while they were
made (a thirtieth of the command's time) and found a few hundred objects of garbage. So it is
paused while the command starts (``pause``, from app.main, only in a process that is the
command's own: never in a test run calling main again and again) and resumed before the command's
work begins (``resume``, from cli/main.py), with what the start-up made kept out of every later
collection (``gc.freeze``, as the window does: ui/garbage.py). A long command (an import, a demo)
collects its own garbage as before."""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect again, the start-up's objects frozen out of it; nothing if ``pause`` paused nothing."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
