"""StatsD metrics (scheduler heartbeat, executor slots, task durations). Telemetry only."""
from __future__ import annotations

from dagflow.configuration import conf


def get_statsd_logger():
    if not conf.getboolean("metrics", "statsd_on"):
        return None
    from statsd import StatsClient

    return StatsClient(
        host=conf.get("metrics", "statsd_host"),
        port=int(conf.get("metrics", "statsd_port")),
        prefix=conf.get("metrics", "statsd_prefix", fallback="dagflow"),
    )


Stats = get_statsd_logger()
