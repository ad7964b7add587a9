import click
from flask.cli import FlaskGroup, run_command, with_appcontext

from redash import __version__, create_app, settings, rq_redis_connection
from redash.cli import data_sources, database, rq


def create(group):
    app = create_app()
    group.app = app

    @app.shell_context_processor
    def shell_context():
        from redash import models, settings

        return {"models": models, "settings": settings}

    return app


@click.group(cls=FlaskGroup, create_app=create)
def manager():
    """Management script for Redash"""


manager.add_command(database.manager, "database")
manager.add_command(data_sources.manager, "ds")
manager.add_command(rq.manager, "rq")
manager.add_command(run_command, "runserver")


@manager.command()
def version():
    """Displays Redash version."""
    print(__version__)


@manager.command()
def status():
    from redash.monitor import get_status

    print(__import__("json").dumps(get_status(), indent=2))


@manager.command()
def check_settings():
    """Show the settings as Redash sees them (useful for debugging)."""
    for name, item in sorted(vars(settings).items()):
        if name.isupper():
            print("{} = {}".format(name, item))
