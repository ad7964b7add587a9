from unittest import mock

import pytest

from sprintloom.events import events
from sprintloom.events.backends import rabbitmq
from tests.fakes import FakeEventsBackend

pytestmark = pytest.mark.django_db


def test_emit_event_uses_configured_backend():
    FakeEventsBackend.emitted.clear()
    events.emit_event({"type": "change"}, "changes.project.1.userstories", on_commit=False)
    assert FakeEventsBackend.emitted[0]["routing_key"] == "changes.project.1.userstories"


def test_rabbitmq_backend_parses_url():
    with mock.patch.object(rabbitmq, "AmqpConnection") as conn:
        rabbitmq._make_rabbitmq_connection("amqp://user:pass@rabbit.test:5672/sprintloom")
    conn.assert_called_once_with(host="rabbit.test:5672", userid="user", password="pass", virtual_host="sprintloom")
