import json
import logging
from http import HTTPStatus
from typing import Any, Dict, List

from flask import Response, jsonify, make_response, request, current_app as app
from flask.blueprints import Blueprint

from findex_application.api.utils.request_utils import get_query_param, request_search

LOGGER = logging.getLogger(__name__)

REQUEST_SESSION_TIMEOUT_SEC = 3

search_blueprint = Blueprint('search', __name__, url_prefix='/api/search/v1')

SEARCH_ENDPOINT = '/v2/search'


@search_blueprint.route('/search', methods=['POST'])
def search() -> Response:
    request_json = request.get_json()
    search_term = get_query_param(request_json, 'searchTerm', '"searchTerm" parameter expected in request data')
    page_index = request_json.get('pageIndex', 0)
    results_per_page = request_json.get('resultsPerPage', 10)
    resources: List[str] = request_json.get('resources', ['table', 'dashboard', 'feature', 'user'])
    filters: Dict[str, Any] = request_json.get('filters', {})
    highlight_options = request_json.get('highlightingOptions', {})
    try:
        return _search(search_term=search_term,
                       page_index=int(page_index),
                       results_per_page=int(results_per_page),
                       resources=resources,
                       filters=filters,
                       highlight_options=highlight_options)
    except Exception as e:
        message = 'Encountered exception: ' + str(e)
        LOGGER.exception(message)
        return make_response(jsonify({'msg': message}), HTTPStatus.INTERNAL_SERVER_ERROR)


def _search(*, search_term: str, page_index: int, results_per_page: int,
            resources: List[str], filters: Dict, highlight_options: Dict) -> Response:
    url_base = app.config['SEARCHSERVICE_BASE'] + SEARCH_ENDPOINT
    body = {
        'query_term': search_term,
        'resource_types': resources,
        'page_index': page_index,
        'results_per_page': results_per_page,
        'filters': filters,
        'highlight_options': highlight_options,
    }
    response = request_search(url=url_base,
                              method='POST',
                              headers={'Content-Type': 'application/json'},
                              data=json.dumps(body),
                              timeout_sec=REQUEST_SESSION_TIMEOUT_SEC)
    status_code = response.status_code
    if status_code == HTTPStatus.OK:
        results = response.json()
        return make_response(jsonify({'search_term': search_term, 'results': results.get('results', {}),
                                      'msg': 'Success'}), status_code)
    return make_response(jsonify({'search_term': search_term, 'results': {}, 'msg': response.text}),
                         status_code)
