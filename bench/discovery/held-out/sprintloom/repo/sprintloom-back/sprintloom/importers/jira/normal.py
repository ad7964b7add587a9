from requests_oauthlib import OAuth1Session

from sprintloom.importers.services import importer_config


class JiraClient:
    def __init__(self, server, token):
        config = importer_config("jira")
        self.api_url = server.rstrip("/") + "/rest/api/2"
        self.agile_url = server.rstrip("/") + "/rest/agile/1.0"
        self.session = OAuth1Session(config.get("consumer_key"), resource_owner_key=token.get("oauth_token"),
                                     resource_owner_secret=token.get("oauth_token_secret"),
                                     rsa_key=config.get("cert"), signature_method="RSA-SHA1")

    def get(self, uri_path, params=None):
        return self.session.get(self.api_url + uri_path, params=params or {}).json()


class JiraNormalImporter:
    def __init__(self, user, server, token):
        self._user = user
        self._client = JiraClient(server, token)

    def list_projects(self):
        return [{"id": p["id"], "name": p["name"], "key": p["key"]} for p in self._client.get("/project")]
