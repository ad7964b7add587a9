"""Runbeacon — workflow orchestration by Lumenfield Labs."""
from runbeacon.flows import flow
from runbeacon.tasks import task

__version__ = "3.1.4"
__all__ = ["flow", "task"]
