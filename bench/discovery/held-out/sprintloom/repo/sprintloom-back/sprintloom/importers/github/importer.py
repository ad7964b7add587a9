import requests

from sprintloom.importers.services import importer_config
from sprintloom.projects.models import Project
from sprintloom.projects.userstories.models import UserStory

GITHUB_BASE = "https://github.com"
GITHUB_API = "https://api.github.com"


class GithubClient:
    """Thin wrapper around the GitHub REST v3 API."""

    def __init__(self, token):
        self.token = token
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"token {token}",
            "Accept": "application/vnd.github.v3+json",
        })

    def _url(self, uri_path):
        return f"{GITHUB_API}{uri_path}"

    def get(self, uri_path, params=None):
        response = self.session.get(self._url(uri_path), params=params or {}, timeout=30)
        response.raise_for_status()
        return response.json()

    def get_all(self, uri_path, params=None):
        page, result = 1, []
        while True:
            data = self.get(uri_path, dict(params or {}, page=page, per_page=100))
            if not data:
                return result
            result += data
            page += 1


class GithubImporter:
    def __init__(self, user, token, import_closed_data=False):
        self._user = user
        self._client = GithubClient(token)
        self._import_closed_data = import_closed_data

    def list_projects(self):
        repos = self._client.get_all("/user/repos", {"sort": "full_name"})
        return [{"id": r["full_name"], "name": r["full_name"], "description": r["description"],
                 "is_private": r["private"]} for r in repos]

    def import_project(self, repo_full_name, options):
        repo = self._client.get(f"/repos/{repo_full_name}")
        project = Project.objects.create(name=options.get("name") or repo["full_name"],
                                         slug=repo["full_name"].replace("/", "-"),
                                         description=repo.get("description") or "",
                                         owner=self._user, is_private=repo["private"])
        state = "all" if self._import_closed_data else "open"
        for issue in self._client.get_all(f"/repos/{repo_full_name}/issues", {"state": state}):
            UserStory.objects.create(project=project, subject=issue["title"],
                                     description=issue.get("body") or "",
                                     external_reference=["github", issue["html_url"]])
        return project

    @classmethod
    def get_access_token(cls, code):
        config = importer_config("github")
        response = requests.post(
            f"{GITHUB_BASE}/login/oauth/access_token",
            headers={"Accept": "application/json"},
            data={"client_id": config["client_id"], "client_secret": config["client_secret"], "code": code},
            timeout=30,
        )
        response.raise_for_status()
        return response.json()["access_token"]
