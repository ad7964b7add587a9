import logging

from django.conf import settings
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

logger = logging.getLogger(__name__)

url = settings.INFLUXDB_URL
token = settings.INFLUXDB_TOKEN
influx_org = settings.INFLUXDB_ORG
read_bucket = settings.INFLUXDB_BUCKET + "_downsampled_15m"

influxdb_client = InfluxDBClient(url=url, token=token, org=influx_org) if token else None


class InfluxDBWrapper:
    def __init__(self, name):
        self.name = name
        self.records = []
        self.write_api = influxdb_client.write_api(write_options=SYNCHRONOUS)

    def add_data_point(self, field_name, field_value, tags=None):
        point = Point(self.name)
        point.field(field_name, field_value)
        for tag_key, tag_value in (tags or {}).items():
            point = point.tag(tag_key, tag_value)
        self.records.append(point)

    def write(self):
        try:
            self.write_api.write(bucket=settings.INFLUXDB_BUCKET, record=self.records)
        except Exception:
            logger.exception("Failed to write records to Influx")


def get_events_for_organisation(organisation_id: int, date_range: str = "30d") -> int:
    query_api = influxdb_client.query_api()
    query = (
        f'from(bucket:"{read_bucket}") |> range(start: -{date_range}) '
        f'|> filter(fn:(r) => r._measurement == "api_call") '
        f'|> filter(fn: (r) => r["organisation_id"] == "{organisation_id}") |> sum()'
    )
    result = query_api.query(org=influx_org, query=query)
    return sum(record.get_value() for table in result for record in table.records)
