import json
import logging
from http import HTTPStatus
from typing import Any, Dict

from flask import Response, jsonify, make_response, request, current_app as app
from flask.blueprints import Blueprint

from findex_application.api.utils.request_utils import get_query_param, request_metadata

LOGGER = logging.getLogger(__name__)

metadata_blueprint = Blueprint('metadata', __name__, url_prefix='/api/metadata/v0')

TABLE_ENDPOINT = '/table'
LAST_INDEXED_ENDPOINT = '/latest_updated_ts'
POPULAR_RESOURCES_ENDPOINT = '/popular_resources'
USER_ENDPOINT = '/user'
DASHBOARD_ENDPOINT = '/dashboard'


def _get_table_endpoint() -> str:
    metadata_service_base = app.config['METADATASERVICE_BASE']
    if metadata_service_base is None:
        raise Exception('METADATASERVICE_BASE must be configured')
    return metadata_service_base + TABLE_ENDPOINT


@metadata_blueprint.route('/popular_resources', methods=['GET'])
def popular_resources() -> Response:
    try:
        user_id = request.args.get('user_id', '')
        url = '{0}{1}/{2}'.format(app.config['METADATASERVICE_BASE'], POPULAR_RESOURCES_ENDPOINT, user_id)
        response = request_metadata(url=url, timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
        status_code = response.status_code
        if status_code == HTTPStatus.OK:
            payload = jsonify({'results': response.json(), 'msg': 'Success'})
        else:
            payload = jsonify({'results': {}, 'msg': 'Encountered error: {}'.format(response.text)})
        return make_response(payload, status_code)
    except Exception as e:
        LOGGER.exception('popular_resources failed')
        return make_response(jsonify({'results': {}, 'msg': str(e)}), HTTPStatus.INTERNAL_SERVER_ERROR)


@metadata_blueprint.route('/table', methods=['GET'])
def get_table_metadata() -> Response:
    table_key = get_query_param(request.args, 'key')
    index = request.args.get('index')
    source = request.args.get('source')
    url = '{0}/{1}?index={2}&source={3}'.format(_get_table_endpoint(), table_key, index, source)
    response = request_metadata(url=url, timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
    status_code = response.status_code
    if status_code == HTTPStatus.OK:
        results = response.json()
        return make_response(jsonify({'tableData': results, 'msg': 'Success'}), status_code)
    return make_response(jsonify({'tableData': {}, 'msg': response.text}), status_code)


@metadata_blueprint.route('/put_table_description', methods=['PUT'])
def put_table_description() -> Response:
    args = request.get_json()
    table_key = get_query_param(args, 'key')
    description = get_query_param(args, 'description')
    url = '{0}/{1}/description'.format(_get_table_endpoint(), table_key)
    response = request_metadata(url=url, method='PUT', data=json.dumps({'description': description}),
                                timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
    return make_response(jsonify({'msg': 'Success' if response.ok else response.text}), response.status_code)


@metadata_blueprint.route('/update_table_tags', methods=['PUT', 'DELETE'])
def update_table_tags() -> Response:
    args = request.get_json()
    method = request.method
    table_key = get_query_param(args, 'key')
    tag = get_query_param(args, 'tag')
    url = '{0}/{1}/tag/{2}'.format(_get_table_endpoint(), table_key, tag)
    response = request_metadata(url=url, method=method, timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
    return make_response(jsonify({'msg': 'Success' if response.ok else response.text}), response.status_code)


@metadata_blueprint.route('/user', methods=['GET'])
def get_user() -> Response:
    user_id = get_query_param(request.args, 'user_id')
    url = '{0}{1}/{2}'.format(app.config['METADATASERVICE_BASE'], USER_ENDPOINT, user_id)
    response = request_metadata(url=url, timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
    return make_response(jsonify({'user': response.json() if response.ok else {}, 'msg': ''}),
                         response.status_code)


@metadata_blueprint.route('/dashboard', methods=['GET'])
def get_dashboard_metadata() -> Response:
    uri = get_query_param(request.args, 'uri')
    url = '{0}{1}/{2}'.format(app.config['METADATASERVICE_BASE'], DASHBOARD_ENDPOINT, uri)
    response = request_metadata(url=url, timeout_sec=app.config['REQUEST_SESSION_TIMEOUT_SEC'])
    return make_response(jsonify({'dashboard': response.json() if response.ok else {}, 'msg': ''}),
                         response.status_code)


@metadata_blueprint.route('/get_last_indexed', methods=['GET'])
def get_last_indexed() -> Response:
    url = '{0}{1}'.format(app.config['METADATASERVICE_BASE'], LAST_INDEXED_ENDPOINT)
    response = request_metadata(url=url)
    payload: Dict[str, Any] = {'timestamp': None}
    if response.ok:
        payload['timestamp'] = response.json().get('neo4j_latest_timestamp')
    return make_response(jsonify(payload), response.status_code)
