#!/usr/bin/env python3
import os
import sys

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BASE_DIR)

if __name__ == "__main__":
    if os.geteuid() == 0:
        print("manage.py should not be run as root. Use `su parleyhub -c` instead.")
        sys.exit(1)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phproject.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
