"""Persistence: peewee models bound to one DatabaseProxy, migrations, and repositories.

Only this package knows the database. Repositories hand domain values upward, never model rows.
"""
