from http import HTTPStatus
from typing import Any, Iterable

from flask import request
from flask_restful import Resource, reqparse

from search_service.proxy import get_proxy_client


class SearchAPI(Resource):
    """v2 multi-resource search"""

    def __init__(self) -> None:
        self.proxy = get_proxy_client()

    def post(self) -> Iterable[Any]:
        body = request.get_json()
        try:
            results = self.proxy.search(query_term=body.get('query_term', ''),
                                        page_index=int(body.get('page_index', 0)),
                                        results_per_page=int(body.get('results_per_page', 10)),
                                        resource_types=body.get('resource_types', ['table']),
                                        filters=body.get('filters', {}))
            return results, HTTPStatus.OK
        except RuntimeError:
            return {'message': 'Encountered exception'}, HTTPStatus.INTERNAL_SERVER_ERROR


class SearchTableAPI(Resource):
    """Legacy table search"""

    def __init__(self) -> None:
        self.proxy = get_proxy_client()
        self.parser = reqparse.RequestParser(bundle_errors=True)
        self.parser.add_argument('query_term', required=True, type=str)
        self.parser.add_argument('page_index', required=False, default=0, type=int)
        self.parser.add_argument('index', required=False, default='table_search_index', type=str)

    def get(self) -> Iterable[Any]:
        args = self.parser.parse_args(strict=True)
        return self.proxy.fetch_table_search_results(query_term=args['query_term'],
                                                     page_index=args['page_index'],
                                                     index=args['index']), HTTPStatus.OK
