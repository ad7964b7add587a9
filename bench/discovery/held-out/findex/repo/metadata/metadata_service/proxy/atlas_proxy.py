import logging
from typing import Any, Dict, List, Optional, Union

from atlasclient.client import Atlas
from atlasclient.exceptions import BadRequest

from metadata_service.proxy.base_proxy import BaseProxy
from metadata_service.proxy.statsd_utilities import timer_with_counter

LOGGER = logging.getLogger(__name__)


class AtlasProxy(BaseProxy):
    """
    Atlas Proxy client for the findex metadata service
    {ATLAS_API_DOCS} = https://atlas.apache.org/api/v2/
    """
    TABLE_ENTITY = 'Table'
    DB_ATTRIBUTE = 'db'
    QN_KEY = 'qualifiedName'

    def __init__(self, *,
                 host: str,
                 port: int,
                 user: str = 'admin',
                 password: str = '',
                 encrypted: bool = False,
                 validate_ssl: bool = False,
                 client_kwargs: dict = dict()) -> None:
        protocol = 'https' if encrypted else 'http'
        self.client = Atlas(host=host, port=port, username=user, password=password,
                            protocol=protocol, validate_ssl=validate_ssl, **client_kwargs)

    def _get_table_entity(self, *, table_uri: str) -> Any:
        db, cluster_table = table_uri.split('://')
        qualified_name = cluster_table.replace('/', '.')
        try:
            return self.client.entity_unique_attribute(db + '_table', qualifiedName=qualified_name)
        except BadRequest as ex:
            LOGGER.exception('Table not found. {}'.format(str(ex)))
            raise Exception('Table not found: {}'.format(table_uri))

    @timer_with_counter
    def get_table(self, *, table_uri: str) -> Dict[str, Any]:
        entity = self._get_table_entity(table_uri=table_uri)
        attrs = entity.entity['attributes']
        return {'name': attrs.get('name'), 'description': attrs.get('description')}

    def get_table_description(self, *, table_uri: str) -> Union[str, None]:
        return self._get_table_entity(table_uri=table_uri).entity['attributes'].get('description')

    def put_table_description(self, *, table_uri: str, description: str) -> None:
        entity = self._get_table_entity(table_uri=table_uri)
        entity.entity['attributes']['description'] = description
        entity.update()

    def add_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        raise NotImplementedError

    def delete_tag(self, *, id: str, tag: str, tag_type: str = 'default') -> None:
        raise NotImplementedError

    def get_popular_tables(self, *, num_entries: int, user_id: Optional[str] = None) -> List[Dict[str, Any]]:
        return []

    def get_latest_updated_ts(self) -> Optional[int]:
        return None
