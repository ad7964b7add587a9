from .celeryconf import app as celery_app

__all__ = ["celery_app"]
__version__ = "3.20.12"


class PatchedSubscriberExecutionContext:
    """Placeholder kept for backwards compatibility with old plugins."""
