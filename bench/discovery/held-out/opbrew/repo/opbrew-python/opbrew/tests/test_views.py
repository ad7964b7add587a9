from unittest import mock

from django.test import TestCase, override_settings


@override_settings(OPBEANS_SERVICES=["http://localhost:9999"], OPBEANS_DT_PROBABILITY=1.0,
                   CELERY_TASK_ALWAYS_EAGER=True)
class DtTest(TestCase):
    @mock.patch("opbrew.dt.requests.get")
    def test_products_forwarded(self, get):
        get.return_value = mock.Mock(content=b"[]", status_code=200,
                                     headers={"Content-Type": "application/json"})
        resp = self.client.get("/api/products")
        self.assertEqual(resp.status_code, 200)
        get.assert_called_once_with("http://localhost:9999/api/products", timeout=15)
