from unittest import mock

from sprintloom.importers.github.importer import GithubImporter


class FakeGithubClient:
    def __init__(self, token):
        self.token = token

    def get_all(self, uri_path, params=None):
        return [{"full_name": "octo/hello", "description": "", "private": False}]


def test_list_projects_with_fake_client():
    with mock.patch("sprintloom.importers.github.importer.GithubClient", FakeGithubClient):
        importer = GithubImporter(user=None, token="t0k3n")
        assert importer.list_projects() == [
            {"id": "octo/hello", "name": "octo/hello", "description": "", "is_private": False}
        ]


@mock.patch("sprintloom.importers.github.importer.requests.post")
def test_get_access_token(post):
    post.return_value.json.return_value = {"access_token": "abc"}
    assert GithubImporter.get_access_token("code") == "abc"
