import os
from typing import Callable, Dict, List, Optional, Set  # noqa: F401

from flask import Flask  # noqa: F401


class Config:
    LOG_FORMAT = '%(asctime)s.%(msecs)03d [%(levelname)s] %(module)s.%(funcName)s:%(lineno)d (%(process)d:' \
                 + '%(threadName)s) - %(message)s'
    LOG_DATE_FORMAT = '%Y-%m-%dT%H:%M:%S%z'
    LOG_LEVEL = os.environ.get('LOG_LEVEL', 'INFO')

    # Path to the logging configuration file to be used by `fileConfig()` method
    LOG_CONFIG_FILE = None  # type: Optional[str]

    COLUMN_STAT_ORDER = None  # type: Dict[str, int]

    UNEDITABLE_SCHEMAS = set()  # type: Set[str]

    # Number of popular tables to be displayed on the index/search page
    POPULAR_TABLE_COUNT = 4  # type: int

    # Request Timeout Configurations in Seconds
    REQUEST_SESSION_TIMEOUT_SEC = 3

    # Frontend Application
    FRONTEND_BASE = ''

    # Search Service
    SEARCHSERVICE_REQUEST_CLIENT = None
    SEARCHSERVICE_REQUEST_HEADERS = None
    SEARCHSERVICE_BASE = ''

    # Metadata Service
    METADATASERVICE_REQUEST_CLIENT = None
    METADATASERVICE_REQUEST_HEADERS = None
    METADATASERVICE_REQUEST_HEADERS_METHOD = None
    METADATASERVICE_BASE = ''

    # Mail Client Features
    MAIL_CLIENT = None
    NOTIFICATIONS_ENABLED = False
    NOTIFICATIONS_FROM_EMAIL = None  # type: Optional[str]

    # Initialize custom routes
    INIT_CUSTOM_ROUTES = None  # type: Callable[[Flask], None]

    # Settings for Issue tracker integration
    ISSUE_LABELS = []  # type: List[str]
    ISSUE_TRACKER_API_TOKEN = None  # type: Optional[str]
    ISSUE_TRACKER_URL = None  # type: Optional[str]
    ISSUE_TRACKER_USER = None  # type: Optional[str]
    ISSUE_TRACKER_PASSWORD = None  # type: Optional[str]
    ISSUE_TRACKER_PROJECT_ID = None  # type: Optional[int]
    ISSUE_TRACKER_CLIENT = None  # type: Optional[str]
    ISSUE_TRACKER_CLIENT_ENABLED = False  # type: bool
    ISSUE_TRACKER_MAX_RESULTS = None  # type: Optional[int]

    # Programmatic descriptions
    PROGRAMMATIC_DISPLAY = None  # type: Optional[Dict]

    # Data preview
    PREVIEW_CLIENT_ENABLED = False  # type: bool
    PREVIEW_CLIENT = None  # type: Optional[str]

    # Announcements
    ANNOUNCEMENTS_ENABLED = False  # type: bool
    ANNOUNCEMENT_CLIENT = None  # type: Optional[str]

    # Authentication
    AUTH_USER_METHOD = None  # type: Optional[Callable]
    GET_PROFILE_URL = None

    # Statsd metrics
    STATSD_ENABLED = False


class LocalConfig(Config):
    DEBUG = False
    TESTING = False
    LOG_LEVEL = 'DEBUG'

    FRONTEND_PORT = '5000'
    # If installing locally directly from the github source
    # modify these ports if necessary to point to you local search and metadata services
    SEARCH_PORT = '5001'
    METADATA_PORT = '5002'

    # If installing using the Docker bootstrap, this should be modified to the docker host ip.
    LOCAL_HOST = '0.0.0.0'

    FRONTEND_BASE = os.environ.get('FRONTEND_BASE',
                                   'http://{LOCAL_HOST}:{PORT}'.format(
                                       LOCAL_HOST=LOCAL_HOST,
                                       PORT=FRONTEND_PORT)
                                   )

    SEARCHSERVICE_BASE = os.environ.get('SEARCHSERVICE_BASE',
                                        'http://{LOCAL_HOST}:{PORT}'.format(
                                            LOCAL_HOST=LOCAL_HOST,
                                            PORT=SEARCH_PORT)
                                        )

    METADATASERVICE_BASE = os.environ.get('METADATASERVICE_BASE',
                                          'http://{LOCAL_HOST}:{PORT}'.format(
                                              LOCAL_HOST=LOCAL_HOST,
                                              PORT=METADATA_PORT)
                                          )


class ProdConfig(LocalConfig):
    """Used by the docker-compose deployment: everything comes from the environment."""
    DEBUG = False
    LOG_LEVEL = os.environ.get('LOG_LEVEL', 'INFO')

    NOTIFICATIONS_ENABLED = os.environ.get('NOTIFICATIONS_ENABLED', 'false').lower() == 'true'
    MAIL_CLIENT = os.environ.get('MAIL_CLIENT')
    NOTIFICATIONS_FROM_EMAIL = os.environ.get('NOTIFICATIONS_FROM_EMAIL')
    SENDGRID_API_KEY = os.environ.get('SENDGRID_API_KEY')

    # Legacy SMTP relay, replaced by SendGrid in 2022
    # MAIL_SERVER = 'smtp.example.com'
    # MAIL_PORT = 587
    # MAIL_USE_TLS = True

    ISSUE_TRACKER_CLIENT_ENABLED = os.environ.get('ISSUE_TRACKER_CLIENT_ENABLED', 'false').lower() == 'true'
    ISSUE_TRACKER_CLIENT = os.environ.get('ISSUE_TRACKER_CLIENT')
    ISSUE_TRACKER_URL = os.environ.get('ISSUE_TRACKER_URL')
    ISSUE_TRACKER_USER = os.environ.get('ISSUE_TRACKER_USER')
    ISSUE_TRACKER_PASSWORD = os.environ.get('ISSUE_TRACKER_PASSWORD')
    ISSUE_TRACKER_PROJECT_ID = int(os.environ.get('ISSUE_TRACKER_PROJECT_ID', '0')) or None
    ISSUE_TRACKER_MAX_RESULTS = int(os.environ.get('ISSUE_TRACKER_MAX_RESULTS', '10'))
    ISSUE_LABELS = ['findex']

    PREVIEW_CLIENT_ENABLED = os.environ.get('PREVIEW_CLIENT_ENABLED', 'false').lower() == 'true'
    PREVIEW_CLIENT = os.environ.get('PREVIEW_CLIENT')

    ANNOUNCEMENTS_ENABLED = os.environ.get('ANNOUNCEMENTS_ENABLED', 'false').lower() == 'true'
    ANNOUNCEMENT_CLIENT = os.environ.get('ANNOUNCEMENT_CLIENT')


class TestConfig(LocalConfig):
    AUTH_USER_METHOD = None
    NOTIFICATIONS_ENABLED = True
    ISSUE_TRACKER_URL = 'test_url'
    ISSUE_TRACKER_USER = 'test_user'
    ISSUE_TRACKER_PASSWORD = 'test_password'
    ISSUE_TRACKER_PROJECT_ID = 1
    ISSUE_TRACKER_CLIENT_ENABLED = True
    ISSUE_TRACKER_MAX_RESULTS = 3
    SEARCHSERVICE_BASE = 'http://search-test:5001'
    METADATASERVICE_BASE = 'http://metadata-test:5002'
