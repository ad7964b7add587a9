from posthog.tasks import email, person_cleanup, scheduled
from posthog.tasks.exports import csv_exporter

__all__ = ["email", "person_cleanup", "scheduled", "csv_exporter"]
