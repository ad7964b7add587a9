"""Auth manager wiring. With the FAB auth manager the login flow is driven by
$DAGFLOW_HOME/webserver_config.py (OAuth against Keycloak in this deployment)."""
from __future__ import annotations

import importlib.util
import os

from fastapi import FastAPI

from dagflow.configuration import DAGFLOW_HOME, conf


def _load_webserver_config():
    path = os.path.join(DAGFLOW_HOME, "webserver_config.py")
    spec = importlib.util.spec_from_file_location("webserver_config", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def init_auth_manager(app: FastAPI) -> None:
    manager = conf.get("api", "auth_manager")
    if manager.endswith("FabAuthManager"):
        from authlib.integrations.starlette_client import OAuth

        cfg = _load_webserver_config()
        oauth = OAuth()
        for provider in cfg.OAUTH_PROVIDERS:
            remote = provider["remote_app"]
            oauth.register(
                name=provider["name"],
                client_id=remote["client_id"],
                client_secret=remote["client_secret"],
                server_metadata_url=remote["server_metadata_url"],
                client_kwargs=remote["client_kwargs"],
            )
        app.state.oauth = oauth
