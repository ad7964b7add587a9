import json
import logging
from http import HTTPStatus

from flask import Response, jsonify, make_response, request, current_app as app
from flask.blueprints import Blueprint
from werkzeug.utils import import_string

LOGGER = logging.getLogger(__name__)

preview_blueprint = Blueprint('preview', __name__, url_prefix='/api/preview/v0')

PREVIEW_CLIENT_INSTANCE = None


@preview_blueprint.route('/', methods=['POST'])
def get_table_preview() -> Response:
    global PREVIEW_CLIENT_INSTANCE
    if not app.config['PREVIEW_CLIENT_ENABLED']:
        return make_response(jsonify({'previewData': {}, 'msg': 'A client for the preview feature must be configured'}),
                             HTTPStatus.NOT_IMPLEMENTED)
    try:
        if PREVIEW_CLIENT_INSTANCE is None:
            PREVIEW_CLIENT_INSTANCE = import_string(app.config['PREVIEW_CLIENT'])()
        response = PREVIEW_CLIENT_INSTANCE.get_preview_data(params=request.get_json())
        return make_response(jsonify({'previewData': json.loads(response.data), 'msg': 'Success'}),
                             response.status_code)
    except Exception as e:
        LOGGER.exception('preview failed')
        return make_response(jsonify({'previewData': {}, 'msg': str(e)}), HTTPStatus.INTERNAL_SERVER_ERROR)
