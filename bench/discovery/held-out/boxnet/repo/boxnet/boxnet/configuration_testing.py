###################################################################
#  This file serves as a base configuration for testing purposes  #
#  only. It is not intended for production use.                   #
###################################################################

ALLOWED_HOSTS = ['*']

DATABASE = {
    'NAME': 'boxnet',
    'USER': 'boxnet',
    'PASSWORD': 'boxnet',
    'HOST': 'localhost',
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

PLUGINS = [
    'boxnet.tests.dummy_plugin',
]

REDIS = {
    'tasks': {
        'HOST': 'localhost',
        'PORT': 6379,
        'PASSWORD': '',
        'DATABASE': 0,
        'SSL': False,
    },
    'caching': {
        'HOST': 'localhost',
        'PORT': 6379,
        'PASSWORD': '',
        'DATABASE': 1,
        'SSL': False,
    }
}

SECRET_KEY = 'dummydummydummydummydummydummydummydummydummydummy'

DEFAULT_PERMISSIONS = {}

LOGGING = {
    'version': 1,
    'disable_existing_loggers': True
}

# Do not send census data or errors from the test runner
CENSUS_REPORTING_ENABLED = False
SENTRY_ENABLED = False
