import json
from http import HTTPStatus
from typing import Any, Iterable, Mapping, Optional, Union

from flask import request
from flask_restful import Resource

from metadata_service.proxy import get_proxy_client


class TableDetailAPI(Resource):
    def __init__(self) -> None:
        self.client = get_proxy_client()

    def get(self, table_uri: str) -> Iterable[Union[Mapping, int, None]]:
        try:
            return self.client.get_table(table_uri=table_uri), HTTPStatus.OK
        except Exception:
            return {'message': 'table_uri {} does not exist'.format(table_uri)}, HTTPStatus.NOT_FOUND


class TableDescriptionAPI(Resource):
    def __init__(self) -> None:
        self.client = get_proxy_client()

    def get(self, id: str) -> Iterable[Any]:
        description = self.client.get_table_description(table_uri=id)
        return {'description': description}, HTTPStatus.OK

    def put(self, id: str) -> Iterable[Any]:
        description = json.loads(request.data).get('description')
        self.client.put_table_description(table_uri=id, description=description)
        return None, HTTPStatus.OK


class TableTagAPI(Resource):
    def __init__(self) -> None:
        self.client = get_proxy_client()

    def put(self, id: str, tag: str) -> Iterable[Union[Mapping, int, None]]:
        self.client.add_tag(id=id, tag=tag, tag_type=request.args.get('tag_type', 'default'))
        return {'message': 'The tag {} for id {} is added successfully'.format(tag, id)}, HTTPStatus.OK

    def delete(self, id: str, tag: str) -> Iterable[Union[Mapping, int, None]]:
        self.client.delete_tag(id=id, tag=tag, tag_type=request.args.get('tag_type', 'default'))
        return {'message': 'The tag {} for id {} is deleted successfully'.format(tag, id)}, HTTPStatus.OK


class PopularResourcesAPI(Resource):
    def __init__(self) -> None:
        self.client = get_proxy_client()

    def get(self, user_id: Optional[str] = None) -> Iterable[Union[Mapping, int, None]]:
        limit = request.args.get('limit', 10, type=int)
        return {'table': self.client.get_popular_tables(num_entries=limit, user_id=user_id)}, HTTPStatus.OK


class LatestUpdatedTimestampAPI(Resource):
    def __init__(self) -> None:
        self.client = get_proxy_client()

    def get(self) -> Iterable[Union[Mapping, int, None]]:
        return {'neo4j_latest_timestamp': self.client.get_latest_updated_ts()}, HTTPStatus.OK
