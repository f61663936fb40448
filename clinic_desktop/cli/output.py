"""How the command line speaks: JSON documents on stdout with --json, words on stderr.

Times in JSON are clinic-local ISO 8601 with their UTC offset; dates are YYYY-MM-DD.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, TextIO


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    return value


class Output:
    def __init__(
        self,
        json_mode: bool,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        stdin: TextIO | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        # Where a password or a name is asked for (None: the process's own stdin); only a terminal
        # is ever asked, so a script never hangs on a prompt.
        self.stdin = stdin

    def result(self, document: Any, text: str | Callable[[], str] = "") -> None:
        """The command's result: the JSON document with --json, else the human text (if any).
        ``text`` may be a function that writes it, called only without --json: dates for people
        are written in the clinic's order, which is read from CLDR through Babel, a twentieth of
        a second that a script asking for JSON need not wait (issue 22)."""
        if self.json_mode:
            # One write of the whole document: json.dump writes each of its pieces on its own, and a
            # whole clinic's recall list (2,683 rows) was 150,000 writes, a third of a second.
            self.stdout.write(json.dumps(to_jsonable(document), ensure_ascii=False, indent=2) + "\n")
            return
        if callable(text):
            text = text()
        if text:
            self.stdout.write(text.rstrip("\n") + "\n")

    def say(self, message: str) -> None:
        """A message for the person running the command: always stderr, never mixed into results."""
        self.stderr.write(message.rstrip("\n") + "\n")


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)
