from requests_oauthlib import OAuth1Session

from sprintloom.importers.services import importer_config

TRELLO_API = "https://api.trello.com/1"


class TrelloClient:
    def __init__(self, api_key, api_secret, token):
        self.api_key = api_key
        self.oauth = OAuth1Session(client_key=api_key, client_secret=api_secret,
                                   resource_owner_key=token["oauth_token"],
                                   resource_owner_secret=token["oauth_token_secret"])

    def get(self, uri_path, query_params=None):
        params = dict(query_params or {}, key=self.api_key)
        return self.oauth.get(f"{TRELLO_API}{uri_path}", params=params).json()


class TrelloImporter:
    def __init__(self, user, token):
        config = importer_config("trello")
        self._user = user
        self._client = TrelloClient(config["api_key"], config["secret_key"], token)

    def list_projects(self):
        return self._client.get("/members/me/boards", {"fields": "id,name,desc,prefs"})
