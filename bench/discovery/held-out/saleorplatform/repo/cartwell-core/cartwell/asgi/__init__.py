"""ASGI config for Cartwell project.

It exposes the ASGI callable as a module-level variable named ``application``.
"""

import os

from django.core.asgi import get_asgi_application

from ..core.telemetry import initialize_telemetry
from .health_check import health_check

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cartwell.settings")

initialize_telemetry()

application = get_asgi_application()
application = health_check(application, "/health/")
