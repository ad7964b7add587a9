import os

ELASTICSEARCH_INDEX_KEY = 'ELASTICSEARCH_INDEX'
SEARCH_PAGE_SIZE_KEY = 'SEARCH_PAGE_SIZE'
STATS_FEATURE_KEY = 'STATS'

PROXY_ENDPOINT = 'PROXY_ENDPOINT'
PROXY_USER = 'PROXY_USER'
PROXY_PASSWORD = 'PROXY_PASSWORD'
PROXY_CLIENT = 'PROXY_CLIENT'
PROXY_CLIENT_KEY = 'PROXY_CLIENT_KEY'
PROXY_CLIENTS = {
    'ELASTICSEARCH_V2': 'search_service.proxy.elasticsearch.ElasticsearchProxy',
    'ATLAS': 'search_service.proxy.atlas.AtlasProxy',
}


class Config:
    LOG_FORMAT = '%(asctime)s.%(msecs)03d [%(levelname)s] %(module)s.%(funcName)s:%(lineno)d (%(process)d:' \
                 '%(threadName)s) - %(message)s'
    LOG_DATE_FORMAT = '%Y-%m-%dT%H:%M:%S%z'
    LOG_LEVEL = 'INFO'

    # Used to differentiate tables with other entities in Atlas. For more details:
    # https://github.com/findex-io/findex/blob/main/docs/atlas.md
    ATLAS_TABLE_ENTITY = 'Table'

    # The relationalAttribute name of Atlas Entity that identifies the database entity.
    ATLAS_DB_ATTRIBUTE = 'db'

    # Display name of Atlas Entities that we use for indexing.
    ATLAS_NAME_ATTRIBUTE = 'qualifiedName'

    # Config used by ElasticSearch
    ELASTICSEARCH_INDEX = 'table_search_index'

    SWAGGER_ENABLED = os.environ.get('SWAGGER_ENABLED', False)

    # Max search results returned per page
    SEARCH_PAGE_SIZE = 10


class LocalConfig(Config):
    DEBUG = False
    TESTING = False
    STATS = False
    LOCAL_HOST = '0.0.0.0'
    ELASTICSEARCH_PORT = '9200'
    PROXY_ENDPOINT = os.environ.get(PROXY_ENDPOINT, 'http://{}:{}'.format(LOCAL_HOST, ELASTICSEARCH_PORT))
    PROXY_CLIENT = PROXY_CLIENTS[os.environ.get('PROXY_CLIENT', 'ELASTICSEARCH_V2')]
    PROXY_CLIENT_KEY = os.environ.get('PROXY_CLIENT_KEY')  # type: Optional[str]
    PROXY_USER = os.environ.get('CREDENTIALS_PROXY_USER', 'elastic')
    PROXY_PASSWORD = os.environ.get('CREDENTIALS_PROXY_PASSWORD', 'elastic')


class AtlasSearchConfig(LocalConfig):
    PROXY_CLIENT = PROXY_CLIENTS['ATLAS']
    # Atlas Endpoint
    PROXY_ENDPOINT = os.environ.get('ATLAS_ENDPOINT', 'atlas.internal')
    ATLAS_PORT = os.environ.get('ATLAS_PORT', '21000')
    ATLAS_PROTOCOL = os.environ.get('ATLAS_PROTOCOL', 'http')
    PROXY_USER = os.environ.get('CREDENTIALS_PROXY_USER', 'admin')
    PROXY_PASSWORD = os.environ.get('CREDENTIALS_PROXY_PASSWORD', 'admin')


class TestConfig(LocalConfig):
    PROXY_ENDPOINT = 'http://es-test:9200'
    TESTING = True
