import logging
from typing import Any, Dict

from parley.lib.outgoing_http import OutgoingSession
from parley.models import Service, get_bot_services
from parley.worker.base import QueueProcessingWorker, assign_queue

logger = logging.getLogger(__name__)


@assign_queue("outgoing_webhooks")
class OutgoingWebhookWorker(QueueProcessingWorker):
    def consume(self, event: Dict[str, Any]) -> None:
        message = event["message"]
        event["command"] = message["content"]
        for service in get_bot_services(event["user_profile_id"]):
            # base_url is whatever the bot owner typed in the UI.
            session = OutgoingSession(role="webhook", timeout=10, headers={"User-Agent": "ParleyhubOutgoingWebhook/9.2"})
            payload = {"data": event["command"], "message": message, "bot_email": service.bot_email, "token": service.token}
            try:
                response = session.post(service.base_url, json=payload)
                response.raise_for_status()
            except Exception:
                logger.warning("Outgoing webhook to %s failed", service.base_url)
