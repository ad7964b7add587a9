#!/usr/bin/env python
"""Django manage.py"""
import os
import sys
import warnings

from defusedxml import defuse_stdlib

from keyward.lib.config import CONFIG

warnings.filterwarnings("ignore", "SelectableGroups dict interface")
defuse_stdlib()

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "keyward.root.settings")
    CONFIG.log("info", "Starting keyward bootstrap")
    try:
        from django.core.management import execute_from_command_line
    except ImportError as exc:
        raise ImportError(
            "Couldn't import Django. Are you sure it's installed and "
            "available on your PYTHONPATH environment variable? Did you "
            "forget to activate a virtual environment?"
        ) from exc
    execute_from_command_line(sys.argv)
