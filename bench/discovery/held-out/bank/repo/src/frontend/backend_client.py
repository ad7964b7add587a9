"""Thin wrapper around requests for JSON calls to the bank's backends."""

import requests


class BackendError(Exception):
    """Raised when a backend returns an error or cannot be reached."""


class BackendClient:
    def __init__(self, timeout=4):
        self.timeout = timeout
        self.session = requests.Session()

    def _headers(self, token):
        return {"Authorization": f"Bearer {token}", "content-type": "application/json"}

    def get_json(self, url, token):
        try:
            resp = self.session.get(url, headers=self._headers(token), timeout=self.timeout)
            resp.raise_for_status()
            return resp.json()
        except (requests.exceptions.RequestException, ValueError) as err:
            raise BackendError(str(err)) from err

    def post_json(self, url, payload, token):
        try:
            resp = self.session.post(url, json=payload, headers=self._headers(token), timeout=self.timeout)
            resp.raise_for_status()
            return resp
        except requests.exceptions.RequestException as err:
            raise BackendError(str(err)) from err
