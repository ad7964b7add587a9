#!/usr/bin/env python
"""System Migration handler"""
from os import environ

from django.core.management import call_command

from keyward.lib.config import CONFIG


def run_migrations():
    environ.setdefault("DJANGO_SETTINGS_MODULE", "keyward.root.settings")
    import django

    django.setup()
    CONFIG.log("info", "Running django migrations")
    call_command("migrate", interactive=False)


if __name__ == "__main__":
    run_migrations()
