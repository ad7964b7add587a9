from .base import get_events_backend

__all__ = ["get_events_backend"]
