from __future__ import annotations

from dagflow.utils import db


def migratedb(args) -> None:
    print("Migrating the metadata database")
    db.upgradedb()


def check(args) -> None:
    db.check(retries=1)
