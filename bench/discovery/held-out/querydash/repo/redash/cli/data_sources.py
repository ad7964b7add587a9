import json
from sys import exit

import click
from flask.cli import AppGroup
from sqlalchemy.orm.exc import NoResultFound

from redash import models
from redash.query_runner import get_configuration_schema_for_query_runner_type, query_runners
from redash.utils.configuration import ConfigurationContainer

manager = AppGroup(help="Data sources management commands.")


@manager.command(name="list")
def list_command():
    """List currently configured data sources."""
    for i, ds in enumerate(models.DataSource.query.order_by(models.DataSource.name)):
        if i > 0:
            print("-" * 20)
        print("Id: {}\nName: {}\nType: {}\nOptions: {}".format(ds.id, ds.name, ds.type, ds.options))


@manager.command()
def list_types():
    print("Enabled Query Runners:")
    types = sorted(query_runners.keys())
    for query_runner_type in types:
        print(query_runner_type)
    print("Total of {}.".format(len(types)))


@manager.command()
@click.argument("name", default=None, required=False)
@click.option("--type", default=None, help="new type for the data source")
@click.option("--options", default=None, help="updated options for the data source")
def new(name=None, type=None, options=None):
    """Create new data source (example: manage.py ds new analytics --type pg --options '{...}')."""
    schema = get_configuration_schema_for_query_runner_type(type)
    options = ConfigurationContainer(json.loads(options), schema)
    if not options.is_valid():
        print("Error: invalid configuration.")
        exit()
    data_source = models.DataSource(name=name, type=type, options=options.to_json(), org=models.Organization.get_by_slug("default"))
    models.db.session.add(data_source)
    models.db.session.commit()
    print("Id: {}".format(data_source.id))
