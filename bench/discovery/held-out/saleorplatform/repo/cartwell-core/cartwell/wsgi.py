"""WSGI config for Cartwell project."""

import os

from django.core.wsgi import get_wsgi_application

from .core.telemetry import initialize_telemetry

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cartwell.settings")

initialize_telemetry()
application = get_wsgi_application()
