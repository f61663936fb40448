"""Exit statuses, and the refusal where there is no clinic database, apart from cli/main.py so
that the window's start (app.py) can use them without loading every command (issue 22)."""

from __future__ import annotations

from clinic_desktop import APP_NAME

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def create_first(where: str) -> str:
    return f"Create it, with its manager account, first: {APP_NAME} --db {where} init --manager NAME"


def no_database_at(where: str, empty_file: bool = False) -> str:
    """The refusal of a command (or of the window's smoke run) where there is no clinic database:
    no file, or an empty one, refused like a file that is not a clinic database and left as it is."""
    if empty_file:
        return (
            f"{where} is an empty file, not a clinic database; it was left untouched. {create_first(where)}"
        )
    return f"There is no clinic database at {where}. {create_first(where)}"
