import logging
from typing import Optional

from flask import Flask

logger = logging.getLogger(__name__)


class BaseStatsLogger:
    """Base class for logging realtime events"""

    def __init__(self, prefix: str = "vizdash") -> None:
        self.prefix = prefix

    def key(self, key: str) -> str:
        if self.prefix:
            return self.prefix + key
        return key

    def incr(self, key: str) -> None:
        """Increment a counter"""
        raise NotImplementedError()

    def decr(self, key: str) -> None:
        """Decrement a counter"""
        raise NotImplementedError()

    def timing(self, key: str, value: float) -> None:
        raise NotImplementedError()

    def gauge(self, key: str, value: float) -> None:
        """Setup a gauge"""
        raise NotImplementedError()


class DummyStatsLogger(BaseStatsLogger):
    def incr(self, key: str) -> None:
        logger.debug("[stats_logger] (incr) %s", key)

    def decr(self, key: str) -> None:
        logger.debug("[stats_logger] (decr) %s", key)

    def timing(self, key: str, value: float) -> None:
        logger.debug("[stats_logger] (timing) %s | %s", key, value)

    def gauge(self, key: str, value: float) -> None:
        logger.debug("[stats_logger] (gauge) %s | %s", key, value)


try:
    from statsd import StatsClient

    class StatsdStatsLogger(BaseStatsLogger):
        def __init__(  # pylint: disable=super-init-not-called
            self,
            host: str = "localhost",
            port: int = 8125,
            prefix: str = "vizdash",
            statsd_client: Optional[StatsClient] = None,
        ) -> None:
            """
            Initializes from either params or a supplied, pre-constructed statsd client.

            If statsd_client argument is given, all other arguments are ignored and the
            supplied client will be used to emit metrics.
            """
            if statsd_client:
                self.client = statsd_client
            else:
                self.client = StatsClient(host=host, port=port, prefix=prefix)

        def incr(self, key: str) -> None:
            self.client.incr(key)

        def decr(self, key: str) -> None:
            self.client.decr(key)

        def timing(self, key: str, value: float) -> None:
            self.client.timing(key, value)

        def gauge(self, key: str, value: float) -> None:
            self.client.gauge(key, value)

except Exception:  # pylint: disable=broad-except
    pass


class BaseStatsLoggerManager:
    def __init__(self) -> None:
        self._stats_logger = DummyStatsLogger()

    def init_app(self, app: Flask) -> None:
        self._stats_logger = app.config["STATS_LOGGER"]

    @property
    def instance(self) -> BaseStatsLogger:
        return self._stats_logger
