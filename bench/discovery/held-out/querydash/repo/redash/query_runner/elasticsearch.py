import logging

import requests

from redash.query_runner import TYPE_STRING, BaseQueryRunner, register
from redash.utils import json_dumps, json_loads

logger = logging.getLogger(__name__)


class BaseElasticSearch(BaseQueryRunner):
    should_annotate_query = False
    DEBUG_ENABLED = False

    @classmethod
    def configuration_schema(cls):
        return {
            "type": "object",
            "properties": {
                "server": {"type": "string", "title": "Base URL"},
                "basic_auth_user": {"type": "string", "title": "Basic Auth User"},
                "basic_auth_password": {"type": "string", "title": "Basic Auth Password"},
            },
            "order": ["server", "basic_auth_user", "basic_auth_password"],
            "secret": ["basic_auth_password"],
            "required": ["server"],
        }

    def __init__(self, configuration):
        super(BaseElasticSearch, self).__init__(configuration)
        self.syntax = "json"
        self.server_url = self.configuration["server"].rstrip("/")
        basic_auth_user = self.configuration.get("basic_auth_user", None)
        basic_auth_password = self.configuration.get("basic_auth_password", None)
        self.auth = None
        if basic_auth_user and basic_auth_password:
            self.auth = requests.auth.HTTPBasicAuth(basic_auth_user, basic_auth_password)

    def _get_mappings(self, url):
        r = requests.get(url, auth=self.auth)
        r.raise_for_status()
        return r.json()


class ElasticSearch(BaseElasticSearch):
    @classmethod
    def name(cls):
        return "Elasticsearch"

    def run_query(self, query, user):
        query_dict = json_loads(query)
        index_name = query_dict.pop("index", "")
        url = "{0}/{1}/_search".format(self.server_url, index_name)
        r = requests.get(url, json=query_dict, auth=self.auth)
        r.raise_for_status()
        hits = r.json()["hits"]["hits"]
        rows = [h["_source"] for h in hits]
        columns = [{"name": k, "friendly_name": k, "type": TYPE_STRING} for k in (rows[0].keys() if rows else [])]
        return json_dumps({"columns": columns, "rows": rows}), None


register(ElasticSearch)
