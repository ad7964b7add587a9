import logging
from typing import Any, Dict, List

from parley.lib.push_notifications import handle_push_notification
from parley.lib.queue import queue_json_publish
from parley.lib.remote_server import PushNotificationBouncerRetryLaterError
from parley.worker.base import QueueProcessingWorker, assign_queue

logger = logging.getLogger(__name__)
MAX_RETRIES = 10


@assign_queue("missedmessage_mobile_notifications")
class PushNotificationsWorker(QueueProcessingWorker):
    # The bouncer may be slow; allow longer per-event processing.
    MAX_CONSUME_SECONDS = 60

    def consume(self, event: Dict[str, Any]) -> None:
        try:
            if event.get("type") == "remove":
                return
            handle_push_notification(event["user_profile_id"], event)
        except PushNotificationBouncerRetryLaterError:
            retries = event.get("failed_tries", 0) + 1
            if retries > MAX_RETRIES:
                logger.warning("Maximum retries exceeded for trigger:%s event:push_notification", event["user_profile_id"])
                return
            event["failed_tries"] = retries
            queue_json_publish(self.queue_name, event)
