"""Every fixed-width text column of the schema is checked before a write, through every way the
models write (insert, update, insert_many, create, save), with a refusal that names the column in
words and its width; NUL is refused in any text column (issue 18)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from peewee import CharField, TextField

from clinic_desktop.domain.errors import ValidationError
from clinic_desktop.services import ClinicServices
from clinic_desktop.store import models as m

TEXT_COLUMNS = [
    (model, field)
    for model in m.ALL_MODELS
    for field in model._meta.sorted_fields
    if isinstance(field, (CharField, TextField))
]


@pytest.mark.parametrize(("model", "field"), TEXT_COLUMNS, ids=lambda x: getattr(x, "name", str(x)))
def test_every_text_column_refuses_what_it_cannot_keep_and_keeps_what_it_can(model: Any, field: Any) -> None:
    label = m.column_label(model, field.name)
    assert label and "_" not in label
    width: int | None = getattr(field, "max_length", None)
    if isinstance(field, CharField):
        assert width is not None and width > 0
        m.check_values(model, {field.name: "x" * width})
        with pytest.raises(
            ValidationError, match=f"^The {re.escape(label)} can be at most {width} characters.$"
        ):
            m.check_values(model, {field.name: "x" * (width + 1)})
    else:
        m.check_values(model, {field: "x" * 100_000})  # a TextField has no width
    with pytest.raises(ValidationError, match=f"^There is a NUL character in the {re.escape(label)} "):
        m.check_values(model, {field: "a\x00b"})


def test_the_patient_record_names_its_columns_as_the_form_does() -> None:
    labels = {
        f: m.column_label(m.Patient, f) for f in ("mrn", "family_name", "phone", "email", "external_id")
    }
    assert labels == {
        "mrn": "MRN",
        "family_name": "family name",
        "phone": "phone number",
        "email": "email address",
        "external_id": "external id",
    }
    assert m.column_label(m.Room, "name") == "room name"
    assert m.column_label(m.Lot, "lot_number") == "lot number"
    assert m.column_label(m.Treatment, "signed_by") == "name of who signed it"


def test_every_write_through_a_model_is_checked_and_nothing_reaches_the_database(
    services: ClinicServices,
) -> None:
    """On both engines: insert, create, save, update and insert_many all refuse before the
    statement, so the transaction has nothing to undo and PostgreSQL never sees the value."""
    now = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    long_name = "R" * 121
    with services.store.write_transaction():
        room = m.Room.create(name="Room 1", kind="exam")
    attempts = [
        lambda: m.Room.insert(name=long_name, kind="exam").execute(),
        lambda: m.Room.insert({m.Room.name: long_name, m.Room.kind: "exam"}).execute(),
        lambda: m.Room.create(name=long_name, kind="exam"),
        lambda: m.Room.update(name=long_name).where(m.Room.id == room.id).execute(),
        lambda: m.Room.update({m.Room.kind: "x\x00"}).where(m.Room.id == room.id).execute(),
        lambda: m.Room.insert_many([{"name": "Room 2", "kind": "exam"}, {"name": long_name}]).execute(),
        lambda: m.Room.insert_many([("Room 2", "exam"), (long_name, "x")], [m.Room.name, "kind"]).execute(),
        lambda: m.Setting.insert(key="name", value="The \x00 clinic").execute(),
    ]  # fmt: skip

    def save() -> None:
        row = m.Room.get_by_id(room.id)
        row.name = long_name
        row.save()

    for attempt in [*attempts, save]:
        with pytest.raises(ValidationError), services.store.write_transaction():
            attempt()
    assert [(r.name, r.kind) for r in m.Room.select()] == [("Room 1", "exam")]
    assert m.Setting.get_or_none(m.Setting.key == "name") is None
    # Values that are not text (numbers, dates, expressions) are the database's to check.
    with services.store.write_transaction():
        m.Lot.insert(product="onabotulinumtoxinA", lot_number="C1", expires_on=now.date(),
                     vials_received=2, units_per_vial=100, received_at=now).execute()  # fmt: skip
        m.Lot.update(vials_used=m.Lot.vials_used + 1).execute()
    assert m.Lot.get().vials_used == 1
