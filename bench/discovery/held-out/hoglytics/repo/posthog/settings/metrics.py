import os

from posthog.settings.utils import get_from_env

# StatsD is optional; set STATSD_HOST to ship timers (e.g. to a Datadog agent or statsd_exporter).
STATSD_HOST = os.getenv("STATSD_HOST", None)
STATSD_PORT = get_from_env("STATSD_PORT", 8125, type_cast=int)
STATSD_PREFIX = os.getenv("STATSD_PREFIX", "hoglytics")
STATSD_TELEGRAF = True

# Expose django-prometheus /_metrics on the web pod (scraped, never pushed)
PROM_PUSHGATEWAY_ADDRESS = os.getenv("PROM_PUSHGATEWAY_ADDRESS", None)
