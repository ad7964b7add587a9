import logging

import requests


class OpenCTIApiClient:
    """Main client for the OpenCTI GraphQL API."""

    def __init__(self, url: str, token: str, log_level: str = "info", ssl_verify=False, proxies=None, json_logging=False):
        if url is None or len(url) == 0:
            raise ValueError("An URL must be set")
        self.api_url = url + "/graphql"
        self.api_token = token
        self.ssl_verify = ssl_verify
        self.proxies = proxies
        self.session = requests.session()
        self.request_headers = {"Authorization": "Bearer " + token, "User-Agent": "pycti/5.12.32"}
        self.logger = logging.getLogger("pycti")
        self.logger.setLevel(log_level.upper())

    def set_applicant_id_header(self, applicant_id):
        if applicant_id:
            self.request_headers["opencti-applicant-id"] = applicant_id

    def query(self, query, variables=None):
        r = self.session.post(
            self.api_url,
            json={"query": query, "variables": variables or {}},
            headers=self.request_headers,
            verify=self.ssl_verify,
            proxies=self.proxies,
            timeout=300,
        )
        r.raise_for_status()
        result = r.json()
        if "errors" in result:
            raise ValueError(result["errors"][0]["message"])
        return result

    def fetch_opencti_file(self, fetch_uri, binary=False):
        r = self.session.get(fetch_uri, headers=self.request_headers, verify=self.ssl_verify, timeout=300)
        return r.content if binary else r.text

    def health_check(self):
        try:
            self.query("query { about { version } }")
            return True
        except Exception:  # pylint: disable=broad-except
            return False
