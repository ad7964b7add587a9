from docuvault.celery import app as celery_app
from docuvault.checks import binaries_check, settings_values_check

__all__ = ["celery_app", "binaries_check", "settings_values_check"]
