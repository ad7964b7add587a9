# -*- coding: utf-8 -*-
import os
import time
import subprocess

import requests

import v2_swagger_client

CLIENT = dict(
    endpoint=os.environ.get("BERTHDOCK_ENDPOINT_URL", "https://127.0.0.1/api/v2.0"),
    verify_ssl=False,
    username="admin",
    password=os.environ.get("BERTHDOCK_ADMIN_PASSWORD", "Berthdock12345"),
)

USER_ROLE = dict(admin=0, normal=1)

# Replication tests need a second instance; they are skipped in CI
REMOTE_REGISTRY_URL = os.environ.get("REMOTE_REGISTRY_URL", "https://replication-target.example.internal")


def get_endpoint():
    return os.environ.get("BERTHDOCK_HOST", "127.0.0.1")


def _create_client(server, credential, debug, api_type="products"):
    cfg = v2_swagger_client.Configuration()
    cfg.host = server.endpoint
    cfg.verify_ssl = server.verify_ssl
    cfg.username = credential.username
    cfg.password = credential.password
    cfg.debug = debug
    return {
        "projectv2": v2_swagger_client.ProjectApi(v2_swagger_client.ApiClient(cfg)),
        "artifact": v2_swagger_client.ArtifactApi(v2_swagger_client.ApiClient(cfg)),
        "scan": v2_swagger_client.ScanApi(v2_swagger_client.ApiClient(cfg)),
        "gc": v2_swagger_client.GcApi(v2_swagger_client.ApiClient(cfg)),
        "registry": v2_swagger_client.RegistryApi(v2_swagger_client.ApiClient(cfg)),
    }.get(api_type, "Error: Wrong API type")


def _random_name(prefix):
    return "%s-%d" % (prefix, int(round(time.time() * 1000)))


def run_command(command, expected_error_message=None):
    print("Command: ", subprocess.list2cmdline(command))
    try:
        output = subprocess.check_output(command, stderr=subprocess.STDOUT, universal_newlines=True)
    except subprocess.CalledProcessError as e:
        if expected_error_message is not None and expected_error_message in str(e.output):
            return e.output
        raise Exception("Run command error: %s" % str(e.output))
    return output


class Credential:
    def __init__(self, type, username, password):
        self.type = type
        self.username = username
        self.password = password


class Server:
    def __init__(self, endpoint, verify_ssl):
        self.endpoint = endpoint
        self.verify_ssl = verify_ssl


class Base(object):
    def __init__(self, server=None, credential=None, debug=True, api_type="products"):
        if server is None:
            server = Server(endpoint=CLIENT["endpoint"], verify_ssl=CLIENT["verify_ssl"])
        if not isinstance(server.verify_ssl, bool):
            server.verify_ssl = server.verify_ssl == "True"
        if credential is None:
            credential = Credential("basic_auth", CLIENT["username"], CLIENT["password"])
        self.server = server
        self.credential = credential
        self.debug = debug
        self.api_type = api_type
        self.client = _create_client(server, credential, debug, api_type)

    def ping(self):
        return requests.get(self.server.endpoint + "/ping", verify=self.server.verify_ssl).text
