"""Anonymous usage statistics (number of users, integrations, version). Opt out with
SEND_ANONYMOUS_USAGE_STATS=false."""
import platform

import requests
from django.conf import settings


class UsageStatsService:
    def get_usage_stats_report(self) -> dict:
        from apps.alerts.models import AlertGroup, AlertReceiveChannel

        return {
            "version": settings.VERSION,
            "database_type": settings.DATABASE_TYPE,
            "broker_type": settings.BROKER_TYPE,
            "python": platform.python_version(),
            "integrations_count": AlertReceiveChannel.objects.count(),
            "alert_groups_count": AlertGroup.objects.count(),
        }

    def send_usage_stats_report(self) -> None:
        requests.post(settings.ANONYMOUS_USAGE_STATS_URL, json=self.get_usage_stats_report(), timeout=5)
