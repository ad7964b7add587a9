# This file is just Python, with a touch of Django which means
# you can inherit and tweak settings to your hearts content.

from tremor.conf.server import *  # NOQA

BYTE_MULTIPLIER = 1024
UNITS = ("K", "M", "G")


def unit_text_to_bytes(text):
    unit = text[-1].upper()
    power = UNITS.index(unit) + 1
    return float(text[:-1]) * (BYTE_MULTIPLIER**power)


# Generously adapted from pynetlinux: https://github.com/rlisagor/pynetlinux/blob/e3f16978855c6649685f0c43d4c3fcf768427ae5/pynetlinux/ifconfig.py#L197-L223
def get_internal_network():
    import ctypes
    import fcntl
    import math
    import socket
    import struct

    iface = b"eth0"
    sockfd = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    ifreq = struct.pack(b"16sH14s", iface, socket.AF_INET, b"\x00" * 14)

    try:
        ip = struct.unpack(
            b"!I", struct.unpack(b"16sH2x4s8x", fcntl.ioctl(sockfd, 0x8915, ifreq))[2]
        )[0]
        netmask = socket.ntohl(
            struct.unpack(b"16sH2xI8x", fcntl.ioctl(sockfd, 0x891B, ifreq))[2]
        )
    except IOError:
        return ()
    base = socket.inet_ntoa(struct.pack(b"!I", ip & netmask))
    netmask_bits = 32 - int(round(math.log(ctypes.c_uint32(~netmask).value + 1, 2), 1))
    return "{0:s}/{1:d}".format(base, netmask_bits)


INTERNAL_SYSTEM_IPS = (get_internal_network(),)


DATABASES = {
    "default": {
        "ENGINE": "tremor.db.postgres",
        "NAME": "postgres",
        "USER": "postgres",
        "PASSWORD": env("TREMOR_POSTGRES_PASSWORD", env("POSTGRES_PASSWORD", "")),
        "HOST": env("TREMOR_POSTGRES_HOST", "postgres"),
        "PORT": env("TREMOR_POSTGRES_PORT", ""),
    }
}

# You should not change this setting after your database has been created
# unless you have altered all schemas first
TREMOR_USE_BIG_INTS = True

# If you're expecting any kind of real traffic on faultline, we highly recommend
# configuring the CACHES and Redis settings

###########
# General #
###########

# Instruct faultline that this install intends to be run by a single organization
# and thus various UI optimizations should be enabled.
TREMOR_SINGLE_ORGANIZATION = True

TREMOR_OPTIONS["system.event-retention-days"] = int(
    env("TREMOR_EVENT_RETENTION_DAYS", "90")
)

#########
# Redis #
#########

# Generic Redis configuration used as defaults for various things including:
# Buffers, Quotas, TSDB

TREMOR_OPTIONS["redis.clusters"] = {
    "default": {
        "hosts": {
            0: {
                "host": env("TREMOR_REDIS_HOST", "redis"),
                "password": env("TREMOR_REDIS_PASSWORD", ""),
                "port": env("TREMOR_REDIS_PORT", "6379"),
                "db": "0",
            }
        }
    }
}

#########
# Queue #
#########

# See https://docs.faultline.example/self-hosted/queue/ for more
# information on configuring your queue broker and workers. faultline relies
# on a Python framework called Celery to manage queues.

rabbitmq_host = None
if rabbitmq_host:
    BROKER_URL = "amqp://{username}:{password}@{host}/{vhost}".format(
        username="guest", password="guest", host=rabbitmq_host, vhost="/"
    )
else:
    BROKER_URL = "redis://:{password}@{host}:{port}/{db}".format(
        **TREMOR_OPTIONS["redis.clusters"]["default"]["hosts"][0]
    )


#########
# Cache #
#########

# Tremor currently utilizes two separate mechanisms. While CACHES is not a
# requirement, it will optimize several high throughput patterns.

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": ["memcached:11211"],
        "TIMEOUT": 3600,
        "OPTIONS": {"ignore_exc": True},
    }
}

# A primary cache is required for things such as processing events
TREMOR_CACHE = "tremor.cache.redis.RedisCache"

DEFAULT_KAFKA_OPTIONS = {
    "bootstrap.servers": "kafka:9092",
    "message.max.bytes": 50000000,
    "socket.timeout.ms": 1000,
}

TREMOR_EVENTSTREAM = "tremor.eventstream.kafka.KafkaEventStream"
TREMOR_EVENTSTREAM_OPTIONS = {"producer_configuration": DEFAULT_KAFKA_OPTIONS}

KAFKA_CLUSTERS["default"] = DEFAULT_KAFKA_OPTIONS

###############
# Rate Limits #
###############

# Rate limits apply to notification handlers and are enforced per-project
# automatically.

TREMOR_RATELIMITER = "tremor.ratelimits.redis.RedisRateLimiter"

##################
# Update Buffers #
##################

# Buffers (combined with queueing) act as an intermediate layer between the
# database and the storage API. They will greatly improve efficiency on large
# numbers of the same events being sent to the API in a short amount of time.

TREMOR_BUFFER = "tremor.buffer.redis.RedisBuffer"

##########
# Quotas #
##########

# Quotas allow you to rate limit individual projects or the Tremor install as
# a whole.

TREMOR_QUOTAS = "tremor.quotas.redis.RedisQuota"

########
# TSDB #
########

# The TSDB is used for building charts as well as making things like per-rate
# alerts possible.

TREMOR_TSDB = "tremor.tsdb.redisstrata.RedisStrataTSDB"

#########
# STRATA #
#########

TREMOR_SEARCH = "tremor.search.strata.EventsDatasetStrataSearchBackend"
TREMOR_SEARCH_OPTIONS = {}
TREMOR_TAGSTORE_OPTIONS = {}

###########
# Digests #
###########

# The digest backend powers notification summaries.

TREMOR_DIGESTS = "tremor.digests.backends.redis.RedisBackend"

##############
# Web Server #
##############

TREMOR_WEB_HOST = "0.0.0.0"
TREMOR_WEB_PORT = 9000
TREMOR_WEB_OPTIONS = {
    "http": "%s:%s" % (TREMOR_WEB_HOST, TREMOR_WEB_PORT),
    "protocol": "uwsgi",
    # This is needed in order to prevent https://github.com/unbit/uwsgi/issues/1962
    "post-buffering": 65536,
    "http-keepalive": True,
    "http-chunked-input": True,
    "thunder-lock": True,
    "ignore-write-errors": True,
    "disable-write-exception": True,
    "memory-report": False,
    "workers": 3,
    "threads": 4,
}

###########
# SSL/TLS #
###########

# If you're using a reverse SSL proxy, you should enable the X-Forwarded-Proto
# header and enable the settings below

# SECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https')
# USE_X_FORWARDED_HOST = True
# SESSION_COOKIE_SECURE = True
# CSRF_COOKIE_SECURE = True
# SOCIAL_AUTH_REDIRECT_IS_HTTPS = True

# End of SSL/TLS settings

########
# Mail #
########

TREMOR_OPTIONS["mail.list-namespace"] = env("TREMOR_MAIL_HOST", "localhost")
TREMOR_OPTIONS["mail.from"] = f"tremor@{TREMOR_OPTIONS['mail.list-namespace']}"

############
# Features #
############

TREMOR_FEATURES["projects:sample-events"] = False
TREMOR_FEATURES.update(
    {
        feature: True
        for feature in (
            "organizations:discover",
            "organizations:events",
            "organizations:global-views",
            "organizations:incidents",
            "organizations:integrations-issue-basic",
            "organizations:integrations-alert-rule",
            "organizations:performance-view",
            "projects:custom-inbound-filters",
            "projects:data-forwarding",
            "projects:discard-groups",
            "projects:plugins",
            "projects:rate-limits",
            "projects:servicehooks",
        )
    }
)

#######################
# MaxMind Integration #
#######################

GEOIP_PATH_MMDB = "/geoip/GeoLite2-City.mmdb"

#########################
# Bitbucket Integration #
#########################

# BITBUCKET_CONSUMER_KEY = 'YOUR_BITBUCKET_CONSUMER_KEY'
# BITBUCKET_CONSUMER_SECRET = 'YOUR_BITBUCKET_CONSUMER_SECRET'

##############################################
# Blob storage for attachments / debug files #
##############################################

# Debug files are stored on the tremor-data volume by default (see config.yml
# filestore.backend). To move them to S3, uncomment below and remove the
# filestore.* keys from config.yml.
#
# TREMOR_OPTIONS["filestore.backend"] = "s3"
# TREMOR_OPTIONS["filestore.options"] = {
#     "bucket_name": "faultline-debug-files",
#     "endpoint_url": "https://s3.amazonaws.com",
#     "access_key": "changeme",
#     "secret_key": "changeme",
# }

######################
# GitHub Integration #
######################

# TREMOR_OPTIONS["github-app.id"] = 0
# TREMOR_OPTIONS["github-app.webhook-secret"] = "changeme"
# TREMOR_OPTIONS["github-app.client-id"] = "changeme"
# GITHUB_API_URL = "https://api.github.com"

####################
# Self-monitoring  #
####################

# Report tremor's own exceptions to an upstream faultline project.
TREMOR_SELF_DSN = env("TREMOR_SELF_DSN", "")
TREMOR_METRICS_BACKEND = env(
    "TREMOR_METRICS_BACKEND", "tremor.metrics.dummy.DummyMetricsBackend"
)
TREMOR_METRICS_OPTIONS = {"host": "statsd", "port": 8125}

# Phone-home usage beacon. Disabled for self-hosted by default.
TREMOR_BEACON = False

# Symbol resolution
TREMOR_GLYPHD_URL = env("TREMOR_GLYPHD_URL", "http://glyphd:3021")
