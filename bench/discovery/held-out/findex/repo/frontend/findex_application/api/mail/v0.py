import logging
from http import HTTPStatus

from flask import Response, jsonify, make_response, request, current_app as app
from flask.blueprints import Blueprint
from werkzeug.utils import import_string

LOGGER = logging.getLogger(__name__)

mail_blueprint = Blueprint('mail', __name__, url_prefix='/api/mail/v0')

_mail_client = None


def get_mail_client():
    global _mail_client
    if _mail_client is None:
        mail_client_class = app.config['MAIL_CLIENT']
        if not mail_client_class:
            raise Exception('MAIL_CLIENT must be configured')
        _mail_client = import_string(mail_client_class)() if isinstance(mail_client_class, str) \
            else mail_client_class
    return _mail_client


@mail_blueprint.route('/notification', methods=['POST'])
def notification() -> Response:
    if not app.config['NOTIFICATIONS_ENABLED']:
        return make_response(jsonify({'msg': 'Notifications are not enabled'}), HTTPStatus.NOT_IMPLEMENTED)
    data = request.get_json()
    recipients = data.get('recipients', [])
    html = '<p>{}</p>'.format(data.get('options', {}).get('resource_name', ''))
    client = get_mail_client()
    return client.send_email(html=html,
                             recipients=recipients,
                             sender=app.config['NOTIFICATIONS_FROM_EMAIL'],
                             subject='Findex notification: {}'.format(data.get('notificationType')))


@mail_blueprint.route('/feedback', methods=['POST'])
def feedback() -> Response:
    data = request.form.to_dict()
    client = get_mail_client()
    return client.send_email(html='<pre>{}</pre>'.format(data),
                             sender=app.config['NOTIFICATIONS_FROM_EMAIL'],
                             subject='Findex feedback')
