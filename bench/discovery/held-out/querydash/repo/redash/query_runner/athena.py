import logging
import os

from redash.query_runner import BaseQueryRunner, register
from redash.settings import parse_boolean
from redash.utils import json_dumps

logger = logging.getLogger(__name__)
ANNOTATE_QUERY = parse_boolean(os.environ.get("ATHENA_ANNOTATE_QUERY", "true"))
SHOW_EXTRA_SETTINGS = parse_boolean(os.environ.get("ATHENA_SHOW_EXTRA_SETTINGS", "true"))

try:
    import pyathena
    import boto3

    enabled = True
except ImportError:
    enabled = False


class Athena(BaseQueryRunner):
    noop_query = "SELECT 1"

    @classmethod
    def name(cls):
        return "Amazon Athena"

    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "region": {"type": "string", "title": "AWS Region"},
                "aws_access_key": {"type": "string", "title": "AWS Access Key"},
                "aws_secret_key": {"type": "string", "title": "AWS Secret Key"},
                "s3_staging_dir": {"type": "string", "title": "S3 Staging (Query Results) Bucket Path"},
                "schema": {"type": "string", "title": "Schema Name", "default": "default"},
                "work_group": {"type": "string", "title": "Athena Work Group", "default": "primary"},
            },
            "required": ["region", "s3_staging_dir"],
            "secret": ["aws_secret_key"],
        }

    @classmethod
    def enabled(cls):
        return enabled

    def run_query(self, query, user):
        cursor = pyathena.connect(
            s3_staging_dir=self.configuration["s3_staging_dir"],
            schema_name=self.configuration.get("schema", "default"),
            region_name=self.configuration["region"],
            aws_access_key_id=self.configuration.get("aws_access_key", None),
            aws_secret_access_key=self.configuration.get("aws_secret_key", None),
            work_group=self.configuration.get("work_group", "primary"),
        ).cursor()
        cursor.execute(query)
        column_tuples = [(i[0], i[1]) for i in cursor.description]
        columns = [{"name": n, "friendly_name": n, "type": t} for n, t in column_tuples]
        rows = [dict(zip([c["name"] for c in columns], r)) for r in cursor]
        return json_dumps({"columns": columns, "rows": rows}), None


register(Athena)
