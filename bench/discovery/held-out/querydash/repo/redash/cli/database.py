import time

import sqlalchemy
from click import option
from flask.cli import AppGroup
from flask_migrate import stamp
from sqlalchemy.exc import DatabaseError

manager = AppGroup(help="Manage the database (create/drop tables. reencrypt data.).")


def _wait_for_db_connection(db):
    retried = False
    while not retried:
        try:
            db.engine.execute("SELECT 1;")
            return
        except DatabaseError:
            time.sleep(30)
        retried = True


def is_db_empty():
    from redash.models import db

    extant_tables = set(sqlalchemy.inspect(db.get_engine()).get_table_names())
    redash_tables = set(db.metadata.tables)
    num_missing = len(redash_tables - extant_tables)
    return num_missing == len(redash_tables)


@manager.command()
def create_tables():
    """Create the database tables in REDASH_DATABASE_URL (postgres service)."""
    from redash.models import db

    _wait_for_db_connection(db)
    db.create_all()
    # Need to mark current DB as up to date
    stamp()


@manager.command()
def drop_tables():
    """Drop the database tables."""
    from redash.models import db

    _wait_for_db_connection(db)
    db.drop_all()
