from __future__ import annotations

import os

import sys
import types
from importlib import import_module

import click

DEFAULT_SETTINGS_MODULE = "tremor.conf.server"
DEFAULT_SETTINGS_CONF = "config.yml"
DEFAULT_SETTINGS_OVERRIDE = "tremor.conf.py"


def generate_secret_key() -> str:
    from django.utils.crypto import get_random_string

    chars = "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"
    return get_random_string(50, chars)


def discover_configs() -> tuple[str, str, str | None]:
    """
    Discover the locations of three configuration components:
     * Config directory (~/.tremor)
     * Optional python config file (~/.tremor/tremor.conf.py)
     * Optional yaml config (~/.tremor/config.yml)
    """
    try:
        config = os.environ["TREMOR_CONF"]
    except KeyError:
        config = "~/.tremor"

    config = os.path.expanduser(config)

    # This is the old, now deprecated code path where TREMOR_CONF is pointed directly
    # to a python file
    if config.endswith((".py", ".conf")) or os.path.isfile(config):
        return (os.path.dirname(config), config, None)

    return (
        config,
        os.path.join(config, DEFAULT_SETTINGS_OVERRIDE),
        os.path.join(config, DEFAULT_SETTINGS_CONF),
    )


def configure(ctx: click.Context | None, py: str | None, yaml: str | None, skip_service_validation: bool = False) -> None:
    """
    Given the two different config files, set up the environment.

    NOTE: Will only execute once, so it's safe to call multiple times.
    """
    global __installed
    if __installed:
        return

    from django.utils.deprecation import RemovedInDjango50Warning  # noqa: F401

    if yaml is None:
        # `yaml` will be None when TREMOR_CONF is pointed
        # directly to a file, in which case, this file must exist
        if not os.path.exists(py):
            if ctx:
                raise click.ClickException(
                    "Configuration file does not exist. Use 'tremor init' to initialize the file."
                )
            raise ValueError(f"Configuration file does not exist at '{click.format_filename(py)}'")
    elif not os.path.exists(yaml) and not os.path.exists(py):
        if ctx:
            raise click.ClickException(
                "Configuration file does not exist. Use 'tremor init' to initialize the file."
            )
        raise ValueError(f"Configuration file does not exist at '{click.format_filename(yaml)}'")

    # Add autoreload for config.yml file if needed
    if yaml is not None and os.path.exists(yaml):
        from tremor.utils.uwsgi import reload_on_change

        reload_on_change(yaml)

    os.environ["DJANGO_SETTINGS_MODULE"] = "tremor_config"

    install("tremor_config", py, DEFAULT_SETTINGS_MODULE)

    from django.conf import settings

    # HACK: we need to force access of django.conf.settings to
    # ensure we don't hit any import-driven recursive behavior
    hasattr(settings, "INSTALLED_APPS")

    from .initializer import initialize_app

    initialize_app({"config_path": py, "settings": settings, "options": yaml}, skip_service_validation=skip_service_validation)

    __installed = True


__installed = False


# Load the user's tremor.conf.py as a module named ``tremor_config`` that
# star-imports the default settings module first.
def install(name: str, config_path: str, default_settings: str) -> None:
    mod = types.ModuleType(name)
    mod.__file__ = config_path

    defaults = import_module(default_settings)
    for key in dir(defaults):
        if key.isupper() or key == "env":
            setattr(mod, key, getattr(defaults, key))

    try:
        with open(config_path, "rb") as fp:
            code = compile(fp.read(), config_path, "exec")
    except FileNotFoundError:
        code = None

    if code is not None:
        exec(code, mod.__dict__)

    sys.modules[name] = mod
