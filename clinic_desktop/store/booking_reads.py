"""A booking's reads on PostgreSQL in one statement, one round trip (issue 22; store/read_ahead.py).

A booking of one appointment reads the patient, the provider, the appointment types, the
provider's working time and the clinic's closures that day, the bookings near the time asked (the
provider's and the patient's: its clash check), the patient's consents and open recall invitations
(its messages), and it takes the new booking's id. Sent one by one, that was seven round trips to
the server; here it is one statement, sent with the transaction's BEGIN and the patient's lock:
the patient's and the provider's rows side by side, and each of the other reads as columns of
arrays (one per column of its own statement, the same statement, in the same order), which
PostgreSQL's driver reads back into the same values. Each answer is kept for the read that would
have asked it (the store's own reads take it: store/read_ahead.py), so the booking's checks run on
exactly what they would have read, one statement later at most, with the patient already locked
and the clash check's bookings guarded by the exclusion constraints as before.

Nothing is read ahead when the patient or the provider is not there (the reads then say so, as
before) and on SQLite, whose reads cost no round trip."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import SqliteDatabase

from clinic_desktop.store import models as m
from clinic_desktop.store import read_ahead
from clinic_desktop.store.calendar import ACTIVE, LONGEST, working_time_statement
from clinic_desktop.store.messages import consents_statement
from clinic_desktop.store.repositories import _row_type


def _columns(model: Any) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields]


def _arrays(alias: str, count: int, order: str = "") -> str:
    """``array_agg`` of each of a subquery's ``count`` columns (c0, c1, ...), in one order."""
    by = f" ORDER BY {order}" if order else ""
    return ", ".join(f"array_agg({alias}.c{i}{by})" for i in range(count))


def _named(alias: str, count: int) -> str:
    return f"{alias}({', '.join(f'c{i}' for i in range(count))})"


def _near_statement(provider_id: int, patient_id: int, start: datetime) -> tuple[str, list[Any]]:
    """The provider's and the patient's bookings that occupy time and start within LONGEST of
    ``start`` either way: (0 provider / 1 patient, id, start, end). Every booking the clash check
    of an appointment from ``start``, at most LONGEST long, can find is among them."""
    mark, value = m.db.param, m.Appointment.start_at.db_value
    statuses = ", ".join([mark] * len(ACTIVE))
    branch = (
        f'SELECT {{n}}, "id", "start_at", "end_at" FROM "appointment" WHERE "{{holder}}_id" = {mark}'
        f' AND "start_at" BETWEEN {mark} AND {mark} AND "end_at" > {mark} AND "status" IN ({statuses})'
    )
    window = [value(start - LONGEST), value(start + LONGEST), value(start)]
    sql = branch.format(n=0, holder="provider") + " UNION ALL " + branch.format(n=1, holder="patient")
    return sql, [provider_id, *window, *ACTIVE, patient_id, *window, *ACTIVE]


def read_ahead_booking(patient_id: int, provider_id: int, start: datetime, day: date, now: datetime) -> None:
    """Read what booking one appointment at ``start`` (on the clinic's ``day``) for this patient with
    this provider will read, in one statement, and keep each answer for its read. PostgreSQL only,
    inside the booking's write transaction, after the patient's lock."""
    if isinstance(m.db.obj, SqliteDatabase):
        return
    patient, provider, kinds = _columns(m.Patient), _columns(m.Provider), _columns(m.AppointmentType)
    hours_sql, hours = working_time_statement([provider_id], day, day, with_closures=True)
    near_sql, near = _near_statement(provider_id, patient_id, start)
    consents_sql, consents = consents_statement(patient_id, now, ordered=False)
    picked = ", ".join([f'p."{c}"' for c in patient] + [f'r."{c}"' for c in provider])
    types = ", ".join(f'array_agg(t."{c}" ORDER BY t."name")' for c in kinds)
    sql = (
        f"SELECT {picked}, y.*, h.*, b.*, c.*, nextval(pg_get_serial_sequence('appointment', 'id'))"
        ' FROM "patient" AS p CROSS JOIN "provider" AS r'
        f' CROSS JOIN LATERAL (SELECT {types} FROM "appointment_type" AS t) AS y'
        f" CROSS JOIN LATERAL (SELECT {_arrays('w', 8)} FROM ({hours_sql}) AS {_named('w', 8)}) AS h"
        f" CROSS JOIN LATERAL (SELECT {_arrays('n', 4, 'n.c0, n.c2, n.c1')}"
        f" FROM ({near_sql}) AS {_named('n', 4)}) AS b"
        f" CROSS JOIN LATERAL (SELECT {_arrays('k', 7, 'k.c0, k.c3, k.c4')}"
        f" FROM ({consents_sql}) AS {_named('k', 7)}) AS c"
        ' WHERE p."id" = %s AND r."id" = %s'
    )
    row = m.execute_prepared(sql, [*hours, *near, *consents, patient_id, provider_id]).fetchone()
    if row is None:
        return
    values = list(row)
    taken = _taking(values)
    read_ahead.keep(("patient", patient_id), _instance(m.Patient, taken(len(patient))))
    read_ahead.keep(("provider", provider_id), _instance(m.Provider, taken(len(provider))))
    kind_row = _row_type(tuple(kinds))
    read_ahead.keep(("every row", m.AppointmentType), [kind_row._make(r) for r in _rows(taken(len(kinds)))])
    read_ahead.keep(("working time", (provider_id,), day, day, True), _rows(taken(8)))
    read_ahead.keep(
        ("bookings near", (("provider", provider_id), ("patient", patient_id)), start), _rows(taken(4))
    )
    read_ahead.keep(("consents and invitations", patient_id), _rows(taken(7)))
    read_ahead.keep(("appointment id",), int(taken(1)[0]))


def _taking(values: list[Any]) -> Any:
    """Take the next ``n`` values of the row, in order."""
    at = 0

    def taken(n: int) -> list[Any]:
        nonlocal at
        part = values[at : at + n]
        at += n
        return part

    return taken


def _rows(columns: list[Any]) -> list[tuple[Any, ...]]:
    """Columns of arrays (NULL for none) as rows."""
    if not columns or columns[0] is None:
        return []
    return list(zip(*columns, strict=True))


def _instance(model: Any, values: list[Any]) -> Any:
    """The model's row as peewee reads it from a cursor: each column through its field."""
    row = model()
    row.__data__ = {f.name: f.python_value(v) for f, v in zip(model._meta.sorted_fields, values, strict=True)}
    row._dirty.clear()
    return row
