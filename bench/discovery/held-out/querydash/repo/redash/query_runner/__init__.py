import logging
from contextlib import ExitStack
from functools import wraps

from dateutil import parser
from rq.timeouts import JobTimeoutException

from redash import settings, utils

logger = logging.getLogger(__name__)

__all__ = [
    "BaseQueryRunner",
    "BaseSQLQueryRunner",
    "InterruptException",
    "NotSupported",
    "register",
    "get_query_runner",
    "import_query_runners",
    "guess_type",
]

TYPE_INTEGER = "integer"
TYPE_FLOAT = "float"
TYPE_BOOLEAN = "boolean"
TYPE_STRING = "string"
TYPE_DATETIME = "datetime"
TYPE_DATE = "date"


class InterruptException(Exception):
    pass


class NotSupported(Exception):
    pass


class BaseQueryRunner(object):
    deprecated = False
    should_annotate_query = True
    noop_query = None

    def __init__(self, configuration):
        self.syntax = "sql"
        self.configuration = configuration

    @classmethod
    def name(cls):
        return cls.__name__

    @classmethod
    def type(cls):
        return cls.__name__.lower()

    @classmethod
    def enabled(cls):
        return True

    def annotate_query(self, query, metadata):
        if not self.should_annotate_query:
            return query
        annotation = ", ".join(["{}: {}".format(k, v) for k, v in metadata.items()])
        return "/* {} */ {}".format(annotation, query)

    def test_connection(self):
        if self.noop_query is None:
            raise NotImplementedError()
        data, error = self.run_query(self.noop_query, None)
        if error is not None:
            raise Exception(error)

    def run_query(self, query, user):
        raise NotImplementedError()

    def get_schema(self, get_stats=False):
        raise NotSupported()

    @classmethod
    def to_dict(cls):
        return {"name": cls.name(), "type": cls.type(), "configuration_schema": cls.configuration_schema()}


class BaseSQLQueryRunner(BaseQueryRunner):
    def get_schema(self, get_stats=False):
        schema_dict = {}
        self._get_tables(schema_dict)
        return list(schema_dict.values())

    def _get_tables(self, schema_dict):
        return []


class BaseHTTPQueryRunner(BaseQueryRunner):
    should_annotate_query = False
    response_error = "Endpoint returned unexpected status code"
    requires_authentication = False
    requires_url = True
    url_title = "URL base path"

    def get_response(self, url, auth=None, http_method="get", **kwargs):
        import requests

        error = None
        response = None
        try:
            response = requests.request(http_method, url, auth=auth, **kwargs)
            if response.status_code != 200:
                error = "{} ({}).".format(self.response_error, response.status_code)
        except requests.HTTPError as exc:
            error = "Failed to execute query. Return Code: {} Reason: {}".format(response.status_code, response.text)
        except requests.RequestException as exc:
            error = str(exc)
        return response, error


query_runners = {}


def register(query_runner_class):
    global query_runners
    if query_runner_class.enabled():
        logger.debug("Registering %s (%s) query runner.", query_runner_class.name(), query_runner_class.type())
        query_runners[query_runner_class.type()] = query_runner_class
    else:
        logger.debug(
            "%s query runner enabled but not supported, not registering. Either disable or install missing dependencies.",
            query_runner_class.name(),
        )


def get_query_runner(query_runner_type, configuration):
    query_runner_class = query_runners.get(query_runner_type, None)
    if query_runner_class is None:
        return None
    return query_runner_class(configuration)


def get_configuration_schema_for_query_runner_type(query_runner_type):
    query_runner_class = query_runners.get(query_runner_type, None)
    if query_runner_class is None:
        return None
    return query_runner_class.configuration_schema()


def import_query_runners(query_runner_imports):
    for runner_import in query_runner_imports:
        __import__(runner_import)


def guess_type(value):
    if isinstance(value, bool):
        return TYPE_BOOLEAN
    elif isinstance(value, int):
        return TYPE_INTEGER
    elif isinstance(value, float):
        return TYPE_FLOAT
    try:
        parser.parse(value)
        return TYPE_DATETIME
    except (ValueError, OverflowError, TypeError):
        return TYPE_STRING


def with_ssh_tunnel(query_runner, details):
    if details is None:
        return query_runner
    return query_runner
