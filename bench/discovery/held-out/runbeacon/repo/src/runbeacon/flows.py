"""The @flow decorator."""
import functools
import inspect
from typing import Callable, Optional


class Flow:
    def __init__(self, fn: Callable, name: Optional[str] = None, retries: int = 0,
                 on_failure: Optional[list] = None, log_prints: bool = False):
        self.fn = fn
        self.name = name or fn.__name__.replace("_", "-")
        self.retries = retries
        self.on_failure_hooks = on_failure or []
        self.log_prints = log_prints
        functools.update_wrapper(self, fn)

    def __call__(self, *args, **kwargs):
        from runbeacon.engine import run_flow  # late import
        return run_flow(self, args, kwargs)

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.fn)


def flow(__fn=None, **kwargs):
    if __fn is None:
        return lambda fn: Flow(fn, **kwargs)
    return Flow(__fn, **kwargs)
