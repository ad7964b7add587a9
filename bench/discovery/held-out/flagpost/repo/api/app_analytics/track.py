import logging

from django.conf import settings

from app_analytics.models import APIUsageRaw
from task_processor.decorators import register_task_handler

logger = logging.getLogger(__name__)


@register_task_handler()
def track_request(resource: int, host: str, environment_key: str, environment_id: int):
    if settings.USE_POSTGRES_FOR_ANALYTICS:
        APIUsageRaw.objects.create(environment_id=environment_id, host=host, resource=resource)
    elif settings.INFLUXDB_TOKEN:
        from app_analytics.influxdb_wrapper import InfluxDBWrapper

        influxdb = InfluxDBWrapper("api_call")
        influxdb.add_data_point("request_count", 1, tags={"resource": resource, "host": host,
                                                          "environment_id": environment_id})
        influxdb.write()
