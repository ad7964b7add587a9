"""dagflow — programmatically author, schedule and monitor workflows."""
from __future__ import annotations

__version__ = "3.0.2"

from dagflow.configuration import conf  # noqa: E402
from dagflow import settings  # noqa: E402

settings.initialize()

__all__ = ["__version__", "conf", "settings"]
