from __future__ import annotations

import os

import click

from tremor.runner.settings import configure, discover_configs

# We need to run this here because of a concurrency bug in uWSGI/reload
# so keep it as simple as possible.
version_string = "tremor, version %(version)s"


@click.group(context_settings={"max_content_width": 150})
@click.option(
    "--config",
    default="",
    envvar="TREMOR_CONF",
    help="Path to configuration files.",
    metavar="PATH",
)
@click.version_option(version="24.5.0.dev0", message=version_string)
@click.pass_context
def cli(ctx: click.Context, config: str) -> None:
    """faultline (tremor) is cross-platform crash reporting built with love."""
    if config:
        os.environ["TREMOR_CONF"] = config
    os.environ.setdefault("TREMOR_CONF", "~/.tremor")


from tremor.runner.commands.run import run  # noqa: E402
from tremor.runner.commands.upgrade import upgrade  # noqa: E402

cli.add_command(run)
cli.add_command(upgrade)


def make_django_command(name: str, django_command: str | None = None, help: str | None = None):
    if django_command is None:
        django_command = name

    @click.command(name=name, help=help, add_help_option=False, context_settings=dict(ignore_unknown_options=True))
    @click.argument("management_args", nargs=-1, type=click.UNPROCESSED)
    @click.pass_context
    def inner(ctx, management_args):
        from tremor.runner.commands.django import django

        ctx.params["management_args"] = (django_command,) + management_args
        ctx.forward(django)

    return inner


cli.add_command(make_django_command("createuser", help="Create a new user."))
cli.add_command(make_django_command("cleanup", help="Delete a portion of trailing data."))


def configure_from_env() -> None:
    py, yaml = discover_configs()[1:]
    configure(None, py, yaml)


def main() -> None:
    cli(prog_name="tremor", obj={}, max_content_width=100)
