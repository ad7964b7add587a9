import logging
from functools import wraps
from threading import Lock
from typing import Any, Callable, Dict, Optional

from flask import current_app as app
from statsd import StatsClient

from metadata_service import config

LOGGER = logging.getLogger(__name__)

_STATSD_POOL: Dict[str, StatsClient] = dict()
_STATSD_POOL_LOCK = Lock()


def timer_with_counter(f: Callable) -> Any:
    """
    A function decorator that adds statsd timer and statsd counter on success or fail
    """
    @wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        statsd_client = _get_statsd_client(prefix=f.__module__)
        if not statsd_client:
            return f(*args, **kwargs)
        with statsd_client.timer(f.__name__):
            try:
                result = f(*args, **kwargs)
                statsd_client.incr(f.__name__ + '.success')
                return result
            except Exception as e:
                statsd_client.incr(f.__name__ + '.fail')
                raise e
    return wrapper


def _get_statsd_client(*, prefix: str) -> Optional[StatsClient]:
    if not app.config[config.IS_STATSD_ON]:
        return None
    if prefix not in _STATSD_POOL:
        with _STATSD_POOL_LOCK:
            if prefix not in _STATSD_POOL:
                LOGGER.info('Instantiate StatsClient with prefix {}'.format(prefix))
                _STATSD_POOL[prefix] = StatsClient(host=app.config['STATSD_HOST'],
                                                   port=app.config['STATSD_PORT'],
                                                   prefix=prefix)
    return _STATSD_POOL[prefix]
