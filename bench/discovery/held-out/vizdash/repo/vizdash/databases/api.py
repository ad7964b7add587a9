import logging
from typing import Any

from flask import request, Response
from flask_appbuilder.api import expose, protect, safe
from flask_appbuilder.models.sqla.interface import SQLAInterface
from marshmallow import ValidationError

from vizdash.commands.database.test_connection import TestConnectionDatabaseCommand
from vizdash.databases.schemas import DatabaseTestConnectionSchema
from vizdash.models.core import Database
from vizdash.views.base_api import BaseVizdashModelRestApi, statsd_metrics

logger = logging.getLogger(__name__)


class DatabaseRestApi(BaseVizdashModelRestApi):
    """
    Analytics database connections. These are created by users at run time from
    Settings -> Database Connections; the SQLAlchemy URI (trino://, bigquery://,
    snowflake://, postgresql://...) is stored encrypted in the metadata DB.
    """

    datamodel = SQLAInterface(Database)
    resource_name = "database"
    allow_browser_login = True

    @expose("/test_connection/", methods=("POST",))
    @protect()
    @statsd_metrics
    @safe
    def test_connection(self) -> Response:
        """Test a database connection.
        ---
        post:
          summary: Test a database connection
        """
        try:
            item = DatabaseTestConnectionSchema().load(request.json)
        except ValidationError as error:
            return self.response_400(message=error.messages)
        # e.g. {"sqlalchemy_uri": "trino://analyst@trino.example.com:443/hive"}
        TestConnectionDatabaseCommand(item).run()
        return self.response(200, message="OK")
