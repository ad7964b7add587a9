import distutils.util
import os
from typing import Dict, List, Optional, Set  # noqa: F401

# PROXY configuration keys
PROXY_HOST = 'PROXY_HOST'
PROXY_PORT = 'PROXY_PORT'
PROXY_USER = 'PROXY_USER'
PROXY_PASSWORD = 'PROXY_PASSWORD'
PROXY_ENCRYPTED = 'PROXY_ENCRYPTED'
PROXY_VALIDATE_SSL = 'PROXY_VALIDATE_SSL'
PROXY_CLIENT = 'PROXY_CLIENT'
PROXY_CLIENT_KWARGS = 'PROXY_CLIENT_KWARGS'

PROXY_CLIENTS = {
    'NEO4J': 'metadata_service.proxy.neo4j_proxy.Neo4jProxy',
    'ATLAS': 'metadata_service.proxy.atlas_proxy.AtlasProxy',
}

IS_STATSD_ON = 'IS_STATSD_ON'
USER_DETAIL_METHOD = 'USER_DETAIL_METHOD'


class Config:
    LOG_FORMAT = '%(asctime)s.%(msecs)03d [%(levelname)s] %(module)s.%(funcName)s:%(lineno)d (%(process)d:' \
                 '%(threadName)s) - %(message)s'
    LOG_DATE_FORMAT = '%Y-%m-%dT%H:%M:%S%z'
    LOG_LEVEL = 'INFO'

    # Path to the logging configuration file to be used by `fileConfig()` method
    LOG_CONFIG_FILE = None  # type: Optional[str]

    PROXY_USER = os.environ.get('CREDENTIALS_PROXY_USER', 'neo4j')
    PROXY_PASSWORD = os.environ.get('CREDENTIALS_PROXY_PASSWORD', 'test')

    PROXY_ENCRYPTED = True
    """Whether the connection to the proxy should use SSL/TLS encryption."""

    PROXY_VALIDATE_SSL = False
    """Whether the SSL/TLS certificate presented by the user should be validated against the system's trusted CAs."""

    PROXY_CLIENT_KWARGS: Dict = dict()

    IS_STATSD_ON = bool(distutils.util.strtobool(os.environ.get(IS_STATSD_ON, 'False')))
    STATSD_HOST = os.environ.get('STATSD_HOST', 'statsd.monitoring.svc')
    STATSD_PORT = int(os.environ.get('STATSD_PORT', '8125'))
    STATSD_PREFIX = 'findex.metadata'

    # Configurable dictionary to influence format of column statistics displayed in UI
    STATISTICS_FORMAT_SPEC: Dict[str, Dict] = {}

    SWAGGER_ENABLED = os.environ.get('SWAGGER_ENABLED', False)

    USER_DETAIL_METHOD = None  # type: Optional[function]

    RESOURCE_REPORT_CLIENT = None

    # On User detail method, these keys will be added into user object without changing it
    USER_OTHER_KEYS = {'mode_user_id'}  # type: Set[str]

    # DEPRECATED (since version 3.6.0): Please use `POPULAR_RESOURCES_MINIMUM_READER_COUNT`
    POPULAR_TABLE_MINIMUM_READER_COUNT = None  # type: Optional[int]
    POPULAR_RESOURCES_MINIMUM_READER_COUNT = 10  # type: int


class LocalConfig(Config):
    DEBUG = False
    TESTING = False
    LOG_LEVEL = 'DEBUG'
    LOCAL_HOST = '0.0.0.0'

    PROXY_HOST = os.environ.get('PROXY_HOST', f'bolt://{LOCAL_HOST}')
    PROXY_PORT = os.environ.get('PROXY_PORT', 7687)
    PROXY_CLIENT = PROXY_CLIENTS[os.environ.get('PROXY_CLIENT', 'NEO4J')]
    PROXY_ENCRYPTED = bool(distutils.util.strtobool(os.environ.get(PROXY_ENCRYPTED, 'True')))
    PROXY_VALIDATE_SSL = bool(distutils.util.strtobool(os.environ.get(PROXY_VALIDATE_SSL, 'False')))

    IS_STATSD_ON = bool(distutils.util.strtobool(os.environ.get(IS_STATSD_ON, 'False')))

    SWAGGER_ENABLED = True
    SWAGGER_TEMPLATE_PATH = os.path.join('api', 'swagger_doc', 'template.yml')


class Neo4jConfig(LocalConfig):
    """Neo4j deployment: bolt connection, no TLS inside the compose network."""
    PROXY_CLIENT = PROXY_CLIENTS['NEO4J']
    PROXY_HOST = os.environ.get('PROXY_HOST', 'bolt://neo4j')
    PROXY_PORT = os.environ.get('PROXY_PORT', 7687)
    PROXY_ENCRYPTED = False
    PROXY_CLIENT_KWARGS = {'max_connection_lifetime_sec': 50}
    SWAGGER_ENABLED = False


class AtlasConfig(LocalConfig):
    PROXY_HOST = os.environ.get('ATLAS_HOST', 'atlas.internal')
    PROXY_PORT = os.environ.get('ATLAS_PORT', '21000')
    PROXY_CLIENT = PROXY_CLIENTS['ATLAS']
    PROXY_USER = os.environ.get('CREDENTIALS_PROXY_USER', 'admin')
    PROXY_PASSWORD = os.environ.get('CREDENTIALS_PROXY_PASSWORD', 'admin')
    PROXY_ENCRYPTED = bool(distutils.util.strtobool(os.environ.get(PROXY_ENCRYPTED, 'False')))
    # List of regexes which will exclude certain parameters from appearing as Programmatic Descriptions
    PROGRAMMATIC_DESCRIPTIONS_EXCLUDE_FILTERS = []  # type: list
    WATERMARK_DATE_FORMATS = ['%Y%m%d']


class TestConfig(LocalConfig):
    PROXY_HOST = 'bolt://neo4j-test'
    TESTING = True
    IS_STATSD_ON = False
