import abc
import importlib

from django.conf import settings


class BaseEventsPushBackend(object, metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def emit_event(self, message: str, *, routing_key: str, channel: str = "events"):
        pass


def load_class(path):
    mod_name, klass_name = path.rsplit(".", 1)
    try:
        mod = importlib.import_module(mod_name)
    except ImportError as e:
        raise ImportError(f"Error importing events backend module {mod_name}: {e}")
    return getattr(mod, klass_name)


def get_events_backend(path: str = None, options: dict = None):
    if path is None:
        path = getattr(settings, "EVENTS_PUSH_BACKEND", None)
        if path is None:
            raise ImportError("Events push system not configured")
    if options is None:
        options = getattr(settings, "EVENTS_PUSH_BACKEND_OPTIONS", {})
    cls = load_class(path)
    return cls(**options)
