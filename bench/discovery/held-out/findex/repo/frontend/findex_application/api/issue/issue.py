import logging
from http import HTTPStatus

from flask import current_app as app, jsonify, make_response, Response, request
from flask_restful import Resource, reqparse
from werkzeug.utils import import_string

LOGGER = logging.getLogger(__name__)


class IssuesAPI(Resource):
    def __init__(self) -> None:
        self.reqparse = reqparse.RequestParser()
        self.client = None

    def get_issue_tracker_client(self):
        issue_tracker_client_class = import_string(app.config['ISSUE_TRACKER_CLIENT'])
        return issue_tracker_client_class(issue_labels=app.config['ISSUE_LABELS'],
                                          issue_tracker_url=app.config['ISSUE_TRACKER_URL'],
                                          issue_tracker_user=app.config['ISSUE_TRACKER_USER'],
                                          issue_tracker_password=app.config['ISSUE_TRACKER_PASSWORD'],
                                          issue_tracker_project_id=app.config['ISSUE_TRACKER_PROJECT_ID'],
                                          issue_tracker_max_results=app.config['ISSUE_TRACKER_MAX_RESULTS'])

    def get(self) -> Response:
        if not app.config['ISSUE_TRACKER_CLIENT_ENABLED']:
            return make_response(jsonify({'issues': [], 'msg': 'Issue tracking is not enabled.'}),
                                 HTTPStatus.ACCEPTED)
        self.client = self.get_issue_tracker_client()
        table_key = request.args.get('key')
        issues = self.client.get_issues(table_uri=table_key)
        return make_response(jsonify({'issues': issues}), HTTPStatus.OK)


class IssueAPI(IssuesAPI):
    def post(self) -> Response:
        if not app.config['ISSUE_TRACKER_CLIENT_ENABLED']:
            return make_response(jsonify({'msg': 'Issue tracking is not enabled.'}), HTTPStatus.ACCEPTED)
        self.client = self.get_issue_tracker_client()
        args = request.form
        issue = self.client.create_issue(table_uri=args['key'],
                                         title=args['title'],
                                         description=args['description'],
                                         priority_level=args.get('priority_level', 'P2'),
                                         table_url=args.get('resource_path', ''))
        return make_response(jsonify({'issue': issue}), HTTPStatus.OK)
