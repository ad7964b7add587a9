from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import include, path

from apps.grafana_plugin.views import InstallView, StatusView
from apps.integrations.views import AlertManagerAPIView, GrafanaAlertingAPIView, UniversalAPIView


def health_check(request):
    """Liveness probe: the process answers."""
    return HttpResponse("Ok")


def readiness_check(request):
    """Readiness probe: database reachable."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("Ok")


def startup_probe(request):
    return JsonResponse({"status": "started"})


urlpatterns = [
    path("", health_check),
    path("health/", health_check),
    path("ready/", readiness_check),
    path("startupprobe/", startup_probe),
    path("api/internal/v1/", include("apps.api.urls", namespace="api-internal")),
    path("api/internal/v1/plugin/install", InstallView.as_view(), name="plugin-install"),
    path("api/internal/v1/plugin/status", StatusView.as_view(), name="plugin-status"),
    # inbound alerts
    path("integrations/v1/alertmanager/<str:alert_channel_key>/", AlertManagerAPIView.as_view()),
    path("integrations/v1/grafana_alerting/<str:alert_channel_key>/", GrafanaAlertingAPIView.as_view()),
    path("integrations/v1/<str:integration>/<str:alert_channel_key>/", UniversalAPIView.as_view()),
]

if settings.FEATURE_SLACK_INTEGRATION_ENABLED:
    from apps.slack.views import InstallSlackView, SlackEventApiEndpointView

    urlpatterns += [
        path("slack/install_redirect/", InstallSlackView.as_view(), name="slack-install"),
        path("slack/event_api_endpoint/", SlackEventApiEndpointView.as_view(), name="slack-events"),
        path("slack/interactive_api_endpoint/", SlackEventApiEndpointView.as_view(), name="slack-interactive"),
    ]

if settings.FEATURE_TELEGRAM_INTEGRATION_ENABLED:
    from apps.telegram.views import WebHookView

    urlpatterns += [path("telegram/", WebHookView.as_view(), name="telegram-webhook")]

if settings.FEATURE_PROMETHEUS_EXPORTER_ENABLED:
    urlpatterns += [path("", include("django_prometheus.urls"))]
