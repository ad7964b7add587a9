from sprintloom.events.backends.base import BaseEventsPushBackend


class FakeEventsBackend(BaseEventsPushBackend):
    """In-memory events backend used by settings/testing.py instead of RabbitMQ."""
    emitted = []

    def __init__(self, **options):
        pass

    def emit_event(self, message, *, routing_key, channel="events"):
        self.emitted.append({"message": message, "routing_key": routing_key, "channel": channel})
