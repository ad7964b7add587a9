from __future__ import annotations

import os
from functools import update_wrapper

import click


def configuration(f):
    """Load and configure tremor before running the wrapped command."""

    @click.pass_context
    def inner(ctx, *args, **kwargs):
        # HACK: We can't call `configure()` from within tests
        # since we don't load config files from disk, so we
        # need a way to bypass this initialization step
        if os.environ.get("_TREMOR_SKIP_CONFIGURATION") != "1":
            from tremor.runner import configure_from_env

            configure_from_env()
        return ctx.invoke(f, *args, **kwargs)

    return update_wrapper(inner, f)


def log_options(default: str | None = None):
    def decorator(f):
        f = click.option("--loglevel", "-l", default=default, help="Global logging level.")(f)
        return f

    return decorator
