from django.conf import settings

from sprintloom.celery import app

from . import services


@app.task
def send_telemetry():
    # Only scheduled when ENABLE_TELEMETRY (off in the docker .env)
    if not settings.ENABLE_TELEMETRY:
        return
    services.send_platform_data(services.generate_platform_data())
