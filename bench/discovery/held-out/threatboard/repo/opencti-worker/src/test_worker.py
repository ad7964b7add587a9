import base64
import json
from unittest import mock

from worker import Consumer


@mock.patch("worker.pika.BlockingConnection")
@mock.patch("worker.OpenCTIApiClient")
def test_data_handler_acks(api_mock, conn_mock):
    connector = {"config": {"push": "push_test", "connection": {"host": "localhost", "port": 5672, "vhost": "/", "user": "guest", "pass": "guest", "use_ssl": False}}}
    consumer = Consumer(connector, "http://localhost:4000", "test-token", "error")
    data = {"content": base64.b64encode(json.dumps({"type": "bundle", "objects": []}).encode()).decode()}
    assert consumer.data_handler(mock.MagicMock(), mock.MagicMock(), 1, data) is True
