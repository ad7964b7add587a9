#!/usr/bin/env python
"""Usage: manage.py {lms|cms} [--settings env] ..."""
import os
import sys

if __name__ == "__main__":
    service_variant = sys.argv.pop(1)
    os.environ.setdefault("SERVICE_VARIANT", service_variant)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", f"{service_variant}.envs.hall.production")
    from django.core.management import execute_from_command_line
    execute_from_command_line(sys.argv)
