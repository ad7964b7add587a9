"""``strata <command>``: one image, the compose ``command:`` picks the process."""
from __future__ import annotations

import os

import click

from strata.environment import setup_logging, setup_error_reporting

COMMANDS = ("api", "bootstrap", "consumer", "replacer", "subscriptions-scheduler-executor")


class StrataCLI(click.MultiCommand):
    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        module_name = name.replace("-", "_")
        ns: dict = {}
        path = os.path.join(os.path.dirname(__file__), f"{module_name}.py")
        with open(path) as f:
            code = compile(f.read(), path, "exec")
        exec(code, ns, ns)
        return ns[module_name]


@click.command(cls=StrataCLI)
@click.version_option()
def main() -> None:
    """\b
    o-o-o  strata
    """
    setup_logging()
    setup_error_reporting()


if __name__ == "__main__":
    main()
