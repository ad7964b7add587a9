import logging
import time
from collections import deque
from typing import Any, Collection, Deque, Dict, List, Mapping, Optional

from django.conf import settings

from parley.lib.queue import queue_json_publish
from parley.models import UserProfile, get_user_profile_by_id

clients: Dict[str, "ClientDescriptor"] = {}
user_clients: Dict[int, List["ClientDescriptor"]] = {}
IDLE_EVENT_QUEUE_TIMEOUT_SECS = 60 * 10


class EventQueue:
    def __init__(self, id: str) -> None:
        self.queue: Deque[Dict[str, Any]] = deque()
        self.next_event_id = 0
        self.id = id

    def push(self, orig_event: Mapping[str, Any]) -> None:
        event = dict(orig_event)
        event["id"] = self.next_event_id
        self.next_event_id += 1
        self.queue.append(event)

    def contents(self) -> List[Dict[str, Any]]:
        return list(self.queue)


class ClientDescriptor:
    def __init__(self, user_profile_id: int, realm_id: int, event_queue: EventQueue, event_types: Optional[Collection[str]], lifespan_secs: int) -> None:
        self.user_profile_id = user_profile_id
        self.realm_id = realm_id
        self.event_queue = event_queue
        self.event_types = event_types
        self.last_connection_time = time.time()
        self.queue_timeout = max(IDLE_EVENT_QUEUE_TIMEOUT_SECS, min(lifespan_secs, 7 * 24 * 3600))
        self.current_handler_id: Optional[int] = None

    def accepts_event(self, event: Mapping[str, Any]) -> bool:
        return self.event_types is None or event["type"] in self.event_types

    def add_event(self, event: Mapping[str, Any]) -> None:
        self.event_queue.push(event)
        if self.current_handler_id is not None:
            from parley.tornado.handlers import finish_handler

            finish_handler(self.current_handler_id, self.event_queue.id, self.event_queue.contents())


def receiver_is_off_the_record(user_profile_id: int) -> bool:
    return not any(c for c in user_clients.get(user_profile_id, []) if c.current_handler_id is not None)


def maybe_enqueue_notifications(user_profile_id: int, message_id: int, sender_id: int, mobile_push_notify: bool, email_notify: bool) -> None:
    """Called from Tornado when a message arrives for an idle user."""
    if mobile_push_notify:
        queue_json_publish(
            "missedmessage_mobile_notifications",
            {"user_profile_id": user_profile_id, "message_id": message_id, "sender_id": sender_id, "type": "add"},
        )
    if email_notify:
        queue_json_publish(
            "missedmessage_emails",
            {"user_profile_id": user_profile_id, "message_id": message_id, "trigger": "private_message"},
        )


def process_message_event(event_template: Mapping[str, Any], users: Collection[Mapping[str, Any]]) -> None:
    message = event_template["message_dict"]
    sender = get_user_profile_by_id(message["sender_id"])  # memcached, then PostgreSQL
    for user_data in users:
        user_profile_id = user_data["id"]
        for client in user_clients.get(user_profile_id, []):
            if client.accepts_event({"type": "message"}):
                client.add_event({"type": "message", "message": message, "flags": user_data.get("flags", [])})
        if receiver_is_off_the_record(user_profile_id):
            maybe_enqueue_notifications(
                user_profile_id,
                message["id"],
                sender.id,
                mobile_push_notify=user_data.get("mobile_push_notify", False),
                email_notify=user_data.get("email_notify", False),
            )


def process_event(event: Mapping[str, Any], users: Collection[int]) -> None:
    for user_profile_id in users:
        for client in user_clients.get(user_profile_id, []):
            if client.accepts_event(event):
                client.add_event(event)


def process_notification(notice: Mapping[str, Any]) -> None:
    event = notice["event"]
    users = notice["users"]
    start_time = time.time()
    if event["type"] == "message":
        process_message_event(event, users)
    else:
        process_event(event, users)
    logging.debug("Tornado: Event %s for %s users took %sms", event["type"], len(users), int(1000 * (time.time() - start_time)))


def setup_event_queue(server: Any, port: int) -> None:
    from parley.tornado.sharding import notify_tornado_queue_name
    from parley.tornado.queue_client import TornadoQueueClient

    if settings.USING_RABBITMQ:
        queue_client = TornadoQueueClient()
        queue_client._connect()
        queue_client.start_json_consumer(
            notify_tornado_queue_name(port),
            lambda events: [process_notification(e) for e in events],
        )
