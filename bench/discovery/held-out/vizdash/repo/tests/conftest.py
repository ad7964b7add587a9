from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from flask import Flask

from vizdash.app import VizdashApp
from vizdash.initialization import VizdashAppInitializer


@pytest.fixture
def app(request: pytest.FixtureRequest) -> Iterator[VizdashApp]:
    """
    A fixture that generates a Vizdash app backed by an in-memory SQLite
    metadata database.
    """
    app = VizdashApp(__name__)

    app.config.from_object("vizdash.config")
    app.config["SQLALCHEMY_DATABASE_URI"] = (
        os.environ.get("VIZDASH__SQLALCHEMY_DATABASE_URI") or "sqlite://"
    )
    app.config["WTF_CSRF_ENABLED"] = False
    app.config["PREVENT_UNSAFE_DB_CONNECTIONS"] = False
    app.config["TESTING"] = True
    app.config["RATELIMIT_ENABLED"] = False
    app.config["CACHE_CONFIG"] = {}
    app.config["DATA_CACHE_CONFIG"] = {}

    # loop over extra configs passed in by tests
    if request and hasattr(request, "param"):
        for key, val in request.param.items():
            app.config[key] = val

    app_initializer = app.config.get("APP_INITIALIZER", VizdashAppInitializer)(app)
    app_initializer.init_app()

    yield app


@pytest.fixture
def client(app: Flask):
    with app.test_client() as client:
        yield client
