from flask import Blueprint, current_app, jsonify

blueprint = Blueprint('main', __name__, url_prefix='/api')


@blueprint.route('/config', methods=['GET'])
def get_config():
    return jsonify({
        'notificationsEnabled': current_app.config['NOTIFICATIONS_ENABLED'],
        'issueTrackingEnabled': current_app.config['ISSUE_TRACKER_CLIENT_ENABLED'],
        'previewEnabled': current_app.config['PREVIEW_CLIENT_ENABLED'],
        'announcementsEnabled': current_app.config['ANNOUNCEMENTS_ENABLED'],
    })
