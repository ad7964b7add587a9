from rest_framework import routers

from posthog.api import integration, person, plugin, session_recording

router = routers.DefaultRouter(trailing_slash=False)
router.register(r"projects/(?P<team_id>\d+)/persons", person.PersonViewSet, "persons")
router.register(r"projects/(?P<team_id>\d+)/session_recordings", session_recording.SessionRecordingViewSet, "recordings")
router.register(r"projects/(?P<team_id>\d+)/plugin_configs", plugin.PluginConfigViewSet, "plugin_configs")
router.register(r"projects/(?P<team_id>\d+)/integrations", integration.IntegrationViewSet, "integrations")
