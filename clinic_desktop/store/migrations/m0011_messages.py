"""Schema 11: messages to patients (issue 23).

- ``outbox_message``: every confirmation, reminder, recall invitation and no-show follow-up, with
  its state, attempts, last error and the provider's message id; ``key`` unique, so that a message
  is never queued twice (domain/messages.py).
- ``message_consent``: what each patient agreed to be contacted by, one row per change.
- ``message_template``: the templates the clinic changed.

New tables only: CREATE TABLE IF NOT EXISTS on both engines, nothing rebuilt, so a database that
already has them (made by a build that did) takes the step unchanged.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

from clinic_desktop.store import models as m


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    tables = [m.OutboxMessage, m.MessageConsent, m.MessageTemplate]
    with database.bind_ctx(tables, bind_refs=False, bind_backrefs=False):
        database.create_tables(tables)  # IF NOT EXISTS, with their indexes
