import logging

import click
from flask.cli import FlaskGroup, with_appcontext

from vizdash import appbuilder, security_manager
from vizdash.app import create_app
from vizdash.extensions import db

logger = logging.getLogger(__name__)


@click.group(
    cls=FlaskGroup,
    create_app=create_app,
    context_settings={"token_normalize_func": str.lower},
)
@with_appcontext
def vizdash() -> None:
    """\033[1;37mThe Vizdash CLI tool. \033[0m"""

    @vizdash.app.context_processor
    def make_shell_context() -> dict[str, object]:
        return {"app": vizdash.app, "db": db}


@vizdash.command()
@with_appcontext
def init() -> None:
    """Inits the Vizdash application"""
    appbuilder.add_permissions(update_perms=True)
    security_manager.sync_role_definitions()


@vizdash.command()
@with_appcontext
@click.option("--load-test-data", "-t", is_flag=True, help="Load additional test data")
@click.option("--load-big-data", "-b", is_flag=True, help="Load additional big data")
@click.option("--only-metadata", "-m", is_flag=True, help="Only load metadata, skip actual data")
@click.option("--force", "-f", is_flag=True, help="Force load data even if table already exists")
def load_examples(
    load_test_data: bool = False,
    load_big_data: bool = False,
    only_metadata: bool = False,
    force: bool = False,
) -> None:
    """Loads a set of Slices and Dashboards and a supporting dataset"""
    # pylint: disable=import-outside-toplevel
    import vizdash.examples.data_loading as examples

    # examples are written to SQLALCHEMY_EXAMPLES_URI (the `examples` DB on `db`)
    examples.load_css_templates()
    print("Loading energy related dataset")
    examples.load_energy(only_metadata, force)
    print("Loading [World Bank's Health Nutrition and Population Stats]")
    examples.load_world_bank_health_n_pop(only_metadata, force)
    print("Loading [Birth names]")
    examples.load_birth_names(only_metadata, force)
    if load_test_data:
        print("Loading [Tabbed dashboard]")
        examples.load_tabbed_dashboard(only_metadata)


@vizdash.command()
@with_appcontext
def version() -> None:
    """Prints the current version number"""
    print(__import__("importlib.metadata").metadata.version("northlight-vizdash"))
