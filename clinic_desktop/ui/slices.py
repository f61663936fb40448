"""A widget built in slices: its constructor makes the skeleton and hands the rest (its tables,
models, toolbars, sub-panels) to whoever built it, to run one slice per turn of the event loop.

Building a whole view at once is 15-30 ms of the GUI thread's work on a quiet machine and twice
that on a busy one, and the event loop often runs a paint in the same pass: the window froze for
50-90 ms (issue 22). Sliced, no turn holds more than one part of it.

A constructor that takes ``slices`` calls ``build(steps, slices)``: with no list (a test, a dialog
built on demand) every step runs at once, as before; given a list, the steps are appended to it,
in order, and the caller runs them (``run_next``), each in a turn of its own, and all that are
left (``finish``) before the widget is shown or used: a half-built widget is never seen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

Slice = Callable[[], object]
W = TypeVar("W")


def start(factory: Callable[..., W], *args: Any, **kwargs: Any) -> tuple[W, list[Slice]]:
    """Make the widget: its skeleton and the slices left to build, when its class says
    ``BUILDS_IN_SLICES``; else whole, with none left."""
    rest: list[Slice] = []
    if getattr(factory, "BUILDS_IN_SLICES", False):
        kwargs["slices"] = rest
    return factory(*args, **kwargs), rest


def build(steps: Iterable[Slice], slices: list[Slice] | None) -> None:
    """Run the steps now, or leave them, in order, in ``slices`` for the caller to run."""
    if slices is None:
        for step in steps:
            step()
    else:
        slices.extend(steps)


def run_next(slices: list[Slice]) -> bool:
    """Run the first slice left; whether any are left after it."""
    if slices:
        slices.pop(0)()
    return bool(slices)


def finish(slices: list[Slice]) -> None:
    """Run every slice left, in order (the widget is about to be shown or used)."""
    while slices:
        slices.pop(0)()
