"""The @task decorator."""
import functools
from typing import Callable, Optional


class Task:
    def __init__(self, fn: Callable, name: Optional[str] = None, retries: int = 0,
                 retry_delay_seconds: float = 0, cache_key_fn: Optional[Callable] = None):
        self.fn = fn
        self.name = name or fn.__name__
        self.retries = retries
        self.retry_delay_seconds = retry_delay_seconds
        self.cache_key_fn = cache_key_fn
        functools.update_wrapper(self, fn)

    def __call__(self, *args, **kwargs):
        attempt = 0
        while True:
            try:
                return self.fn(*args, **kwargs)
            except Exception:
                attempt += 1
                if attempt > self.retries:
                    raise

    def submit(self, *args, **kwargs):
        return self(*args, **kwargs)


def task(__fn=None, **kwargs):
    if __fn is None:
        return lambda fn: Task(fn, **kwargs)
    return Task(__fn, **kwargs)
