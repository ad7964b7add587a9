import logging
import time
from base64 import b64decode

from redash import settings
from redash.query_runner import TYPE_BOOLEAN, TYPE_DATETIME, TYPE_FLOAT, TYPE_INTEGER, TYPE_STRING, BaseQueryRunner, register
from redash.utils import json_dumps, json_loads

logger = logging.getLogger(__name__)

try:
    import apiclient.errors
    import httplib2
    from apiclient.discovery import build
    from oauth2client.service_account import ServiceAccountCredentials

    enabled = True
except ImportError:
    enabled = False

types_map = {"INTEGER": TYPE_INTEGER, "FLOAT": TYPE_FLOAT, "BOOLEAN": TYPE_BOOLEAN, "STRING": TYPE_STRING, "TIMESTAMP": TYPE_DATETIME}


class BigQuery(BaseQueryRunner):
    should_annotate_query = False
    noop_query = "SELECT 1"

    @classmethod
    def enabled(cls):
        return enabled

    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "projectId": {"type": "string", "title": "Project ID"},
                "jsonKeyFile": {"type": "string", "title": "JSON Key File"},
                "totalMBytesProcessedLimit": {"type": "number"},
                "useStandardSql": {"type": "boolean", "default": True},
                "location": {"type": "string", "title": "Processing Location"},
            },
            "required": ["jsonKeyFile", "projectId"],
            "secret": ["jsonKeyFile"],
        }

    def _get_bigquery_service(self):
        scope = ["https://www.googleapis.com/auth/bigquery", "https://www.googleapis.com/auth/drive"]
        key = json_loads(b64decode(self.configuration["jsonKeyFile"]))
        creds = ServiceAccountCredentials.from_json_keyfile_dict(key, scope)
        http = httplib2.Http(timeout=settings.BIGQUERY_HTTP_TIMEOUT)
        http = creds.authorize(http)
        return build("bigquery", "v2", http=http, cache_discovery=False)

    def _get_project_id(self):
        return self.configuration["projectId"]

    def run_query(self, query, user):
        bigquery_service = self._get_bigquery_service()
        jobs = bigquery_service.jobs()
        job_data = {"configuration": {"query": {"query": query, "useLegacySql": not self.configuration.get("useStandardSql", True)}}}
        insert_response = jobs.insert(projectId=self._get_project_id(), body=job_data).execute()
        job_id = insert_response["jobReference"]["jobId"]
        while True:
            query_reply = jobs.getQueryResults(projectId=self._get_project_id(), jobId=job_id).execute()
            if query_reply["jobComplete"]:
                break
            time.sleep(1)
        columns = [{"name": f["name"], "friendly_name": f["name"], "type": types_map.get(f["type"], TYPE_STRING)} for f in query_reply["schema"]["fields"]]
        rows = [dict(zip([c["name"] for c in columns], [v["v"] for v in row["f"]])) for row in query_reply.get("rows", [])]
        return json_dumps({"columns": columns, "rows": rows}), None


register(BigQuery)
