from unittest import mock

from django.contrib.auth.models import User
from django.test import override_settings
from rest_framework.test import APITestCase


@override_settings(
    TIKA_ENABLED=True,
    TIKA_ENDPOINT="http://localhost:9998",
    TIKA_GOTENBERG_ENDPOINT="http://localhost:3000",
    CELERY_BROKER_URL="redis://localhost:6379",
)
class TestSystemStatus(APITestCase):
    def setUp(self):
        self.user = User.objects.create_superuser(username="temp_admin")
        self.client.force_authenticate(self.user)

    @mock.patch("documents.views.httpx.get")
    @mock.patch("documents.views.Redis.from_url")
    def test_status(self, mock_redis, mock_get):
        response = self.client.get("/api/status/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.data["office"]["tika_status"], "OK")
