"""Fill the catalogues' unfinished texts from translation lists (JSON), for work done in parallel.

Several people translating different parts of the window at once would each change the same two
catalogues and meet in every merge. Instead each writes the translations of the texts they marked
into a list of their own, ``resources/translations/incoming/<part>.json``::

    [{"context": "CalendarView", "source": "&Today", "es": "&Hoy", "fr": "&Aujourd'hui"}, ...]

and, after a merge, ``make translations`` (lupdate brings the new texts in, unfinished) followed by
``python resources/translations/fill.py`` (this script: each unfinished text found in a list gets
its translation, finished) and ``make translations`` again (lrelease, rcc). A text already
translated in a catalogue is left as it is; a list entry whose text the code no longer has is
reported. With ``--remove`` the lists are deleted once every entry has found its place.
Qt Linguist (``pyside6-linguist``) remains the way to edit a catalogue by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("es", "fr")


def load_lists(folder: Path) -> dict[tuple[str, str], dict[str, str]]:
    found: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted(folder.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            key = (entry["context"], entry["source"])
            found.setdefault(key, {}).update({lang: entry[lang] for lang in LANGUAGES if entry.get(lang)})
    return found


Lists = dict[tuple[str, str], dict[str, str]]


def fill(ts: Path, lang: str, lists: Lists, used: set[tuple[str, str]]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if translation is None or key not in lists:
                continue
            used.add(key)
            if translation.get("type") == "unfinished" and lists[key].get(lang):
                translation.text = lists[key][lang]
                del translation.attrib["type"]
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incoming", type=Path, default=HERE / "incoming")
    parser.add_argument("--remove", action="store_true", help="delete the lists when every entry was placed")
    args = parser.parse_args(argv)
    lists = load_lists(args.incoming)
    used: set[tuple[str, str]] = set()
    for lang in LANGUAGES:
        count = fill(HERE / f"clinic_desktop_{lang}.ts", lang, lists, used)
        print(f"{lang}: {count} text(s) filled")
    missing = sorted(set(lists) - used)
    for context, source in missing:
        print(f"not in the catalogues (make translations first, or the code lost it): {context}: {source!r}")
    if args.remove and not missing:
        for path in args.incoming.glob("*.json"):
            path.unlink()
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
