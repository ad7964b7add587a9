import logging
from typing import Dict

import requests
from requests import Response

from findex_application.base.base_superset_preview_client import BaseSupersetPreviewClient

# 'main' is an existing default Superset database which serves for demo purposes
DEFAULT_DATABASE_MAP = {
    'main': 1,
}
DEFAULT_URL = 'http://superset:8088/superset/sql_json/'


class SupersetPreviewClient(BaseSupersetPreviewClient):
    def __init__(self,
                 *,
                 database_map: Dict[str, int] = DEFAULT_DATABASE_MAP,
                 url: str = DEFAULT_URL) -> None:
        self.database_map = database_map
        self.headers = {}
        self.url = url

    def post_to_sql_json(self, *, params: Dict, headers: Dict) -> Response:
        database = params.get('database')
        if database not in self.database_map:
            raise ValueError('Database {} is not mapped to a Superset database id'.format(database))
        schema = params.get('schema')
        table_name = params.get('tableName')
        request_data = {
            'database_id': self.database_map[database],
            'sql': 'SELECT * FROM {schema}.{table} LIMIT 50'.format(schema=schema, table=table_name),
            'schema': schema,
        }
        logging.debug('Requesting preview from %s', self.url)
        return requests.post(self.url, json=request_data, headers=headers)
