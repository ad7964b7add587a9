# # Remove first comment(#) on each line to implement this working logging example.
# # Add LOGLEVEL environment variable to boxnet if you use this example & want a different log level.
from os import environ

# # Set LOGLEVEL in boxnet.env or docker-compose.override.yml to override a logging level of INFO.
LOGLEVEL = environ.get('LOGLEVEL', 'INFO')

LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'verbose': {
            'format': '{asctime} {levelname} {module} {process:d} {thread:d} {message}',
            'style': '{',
        },
    },
    'handlers': {
        'console': {
            'level': LOGLEVEL,
            'class': 'logging.StreamHandler',
            'formatter': 'verbose',
        },
        # 'syslog': {
        #     'level': LOGLEVEL,
        #     'class': 'logging.handlers.SysLogHandler',
        #     'address': ('syslog.example.com', 514),
        # },
    },
    'root': {
        'handlers': ['console'],
        'level': LOGLEVEL,
    },
    'loggers': {
        'boxnet.webhooks': {'handlers': ['console'], 'level': LOGLEVEL},
        'boxnet.jobs': {'handlers': ['console'], 'level': LOGLEVEL},
    },
}
