"""Schema 13: a place holder on branch h22-speed only, changing nothing.

Step 13 belongs to the branch h21-paeds (children's doses by weight, m0013_weights.py); the
access tokens came after it as step 14 (m0014_access_tokens.py). This file keeps the upgrade
ladder whole until that branch is merged, and its own m0013_weights.py replaces this one then.
"""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator


def upgrade(database: Database, migrator: SchemaMigrator) -> None:
    """Nothing: schema 13's change is the branch h21-paeds' (see above)."""
