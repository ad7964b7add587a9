from http import HTTPStatus

from flask import Response, jsonify, make_response, current_app as app
from flask.blueprints import Blueprint
from werkzeug.utils import import_string

announcements_blueprint = Blueprint('announcements', __name__, url_prefix='/api/announcements/v0')

ANNOUNCEMENT_CLIENT_INSTANCE = None


@announcements_blueprint.route('/', methods=['GET'])
def get_announcements() -> Response:
    global ANNOUNCEMENT_CLIENT_INSTANCE
    if not app.config['ANNOUNCEMENTS_ENABLED'] or not app.config['ANNOUNCEMENT_CLIENT']:
        return make_response(jsonify({'posts': [], 'msg': 'Announcements are disabled'}), HTTPStatus.NOT_IMPLEMENTED)
    if ANNOUNCEMENT_CLIENT_INSTANCE is None:
        ANNOUNCEMENT_CLIENT_INSTANCE = import_string(app.config['ANNOUNCEMENT_CLIENT'])()
    return ANNOUNCEMENT_CLIENT_INSTANCE._get_posts()
