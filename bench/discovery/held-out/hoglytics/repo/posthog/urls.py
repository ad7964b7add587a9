from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from rest_framework import routers

from posthog import health
from posthog.api import integration, person, plugin, session_recording

router = routers.DefaultRouter(trailing_slash=False)
router.register(r"projects/(?P<team_id>\d+)/persons", person.PersonViewSet, "persons")
router.register(r"projects/(?P<team_id>\d+)/session_recordings", session_recording.SessionRecordingViewSet, "recordings")
router.register(r"projects/(?P<team_id>\d+)/plugin_configs", plugin.PluginConfigViewSet, "plugin_configs")
router.register(r"projects/(?P<team_id>\d+)/integrations", integration.IntegrationViewSet, "integrations")

urlpatterns = [
    path("_health", health.livez),
    path("_livez", health.livez),
    path("_readyz", health.readyz),
    path("api/", include(router.urls)),
    path("admin/", admin.site.urls),
    path("", include("django_prometheus.urls")),
    re_path(r"^.*$", TemplateView.as_view(template_name="index.html")),
]
