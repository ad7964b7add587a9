import rudder_analytics
from django.conf import settings

from sprintloom.projects.models import Project


def generate_platform_data():
    return {"projects": Project.objects.count(), "instance_type": settings.INSTANCE_TYPE}


def send_platform_data(data):
    rudder_analytics.write_key = settings.TELEMETRY_RUDDER_WRITE_KEY
    rudder_analytics.data_plane_url = settings.TELEMETRY_RUDDER_DATAPLANE_URL
    rudder_analytics.identify("instance", data)
