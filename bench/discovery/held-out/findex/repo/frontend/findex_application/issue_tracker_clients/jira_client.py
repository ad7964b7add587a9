import logging
import urllib.parse
from typing import Any, List

from jira import JIRA, JIRAError, Issue

from findex_application.base.base_issue_tracker_client import BaseIssueTrackerClient

LOGGER = logging.getLogger(__name__)

SEARCH_STUB_ALL_ISSUES = ('text ~ "\\"Table Key: {table_key} [PLEASE DO NOT REMOVE]\\"" '
                          'and (resolution = unresolved or (resolution != unresolved and updated > -30d)) '
                          'order by resolution DESC, priority DESC, createdDate DESC')
ISSUE_TYPE_ID = 1


class JiraClient(BaseIssueTrackerClient):

    def __init__(self, issue_labels: List[str],
                 issue_tracker_url: str,
                 issue_tracker_user: str,
                 issue_tracker_password: str,
                 issue_tracker_project_id: int,
                 issue_tracker_max_results: int) -> None:
        self.issue_labels = issue_labels
        self.jira_url = issue_tracker_url
        self.jira_user = issue_tracker_user
        self.jira_password = issue_tracker_password
        self.jira_project_id = issue_tracker_project_id
        self.jira_max_results = issue_tracker_max_results
        self._validate_jira_configuration()
        self.jira_client = self.get_client()

    def get_client(self) -> JIRA:
        return JIRA(
            server=self.jira_url,
            basic_auth=(self.jira_user, self.jira_password)
        )

    def get_issues(self, table_uri: str) -> List[dict]:
        try:
            issues = self.jira_client.search_issues(SEARCH_STUB_ALL_ISSUES.format(table_key=table_uri),
                                                    maxResults=self.jira_max_results)
            return [self._get_issue_properties(issue) for issue in issues]
        except JIRAError as e:
            LOGGER.exception(str(e))
            raise e

    def create_issue(self, table_uri: str, title: str, description: str,
                     priority_level: str, table_url: str, **kwargs: Any) -> dict:
        issue = self.jira_client.create_issue(fields=dict(
            project={'id': self.jira_project_id},
            issuetype={'id': ISSUE_TYPE_ID, 'name': 'Bug'},
            labels=self.issue_labels,
            summary=title,
            description='{}\n Table Key: {} [PLEASE DO NOT REMOVE]\n Table URL: {}'.format(
                description, table_uri, table_url),
            priority={'name': priority_level}))
        return self._get_issue_properties(issue)

    def _validate_jira_configuration(self) -> None:
        missing = [name for name, value in [('ISSUE_TRACKER_URL', self.jira_url),
                                            ('ISSUE_TRACKER_USER', self.jira_user),
                                            ('ISSUE_TRACKER_PASSWORD', self.jira_password),
                                            ('ISSUE_TRACKER_PROJECT_ID', self.jira_project_id)] if not value]
        if missing:
            raise Exception('The following config settings must be set for Jira: {}'.format(', '.join(missing)))

    def _get_issue_properties(self, issue: Issue) -> dict:
        return {
            'issue_key': issue.key,
            'title': issue.fields.summary,
            'url': urllib.parse.urljoin(self.jira_url, '/browse/' + issue.key),
            'status': issue.fields.status.name,
        }
