"""Inbound alert endpoints. Monitoring systems (Alertmanager, Grafana Alerting contact points,
generic webhooks) POST here; the payload is queued and processed by Celery."""
import logging

from django.conf import settings
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.alerts.models import AlertReceiveChannel
from common.cache import rate_limited

from apps.alerts.tasks import create_alert

logger = logging.getLogger(__name__)

INTEGRATION_RATE_LIMIT = 300


class BaseIntegrationView(APIView):
    integration = AlertReceiveChannel.INTEGRATION_WEBHOOK

    def post(self, request, alert_channel_key, integration=None):
        if rate_limited(f"integration:{alert_channel_key}", INTEGRATION_RATE_LIMIT, 60):
            return Response(status=429, data="Rate limit exceeded")

        channel = AlertReceiveChannel.objects.filter(token=alert_channel_key).first()
        if channel is None:
            return Response(status=403, data="Integration key was not found")

        for alert in self.split_alerts(request.data):
            create_alert.apply_async(
                kwargs={"alert_receive_channel_pk": channel.pk, "raw_request_data": alert},
            )
        return Response("Ok.")

    def split_alerts(self, data):
        return [data]


class AlertManagerAPIView(BaseIntegrationView):
    integration = AlertReceiveChannel.INTEGRATION_ALERTMANAGER

    def split_alerts(self, data):
        return data.get("alerts", [])


class GrafanaAlertingAPIView(AlertManagerAPIView):
    integration = AlertReceiveChannel.INTEGRATION_GRAFANA_ALERTING


class UniversalAPIView(BaseIntegrationView):
    pass


def integration_url(channel: AlertReceiveChannel) -> str:
    return f"{settings.BASE_URL}/integrations/v1/{channel.integration}/{channel.token}/"
