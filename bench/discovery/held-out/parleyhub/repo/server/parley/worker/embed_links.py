import logging
from typing import Any, Dict, List

from parley.lib.url_preview import get_link_embed_data
from parley.models import Message
from parley.tornado.django_api import send_event_on_commit
from parley.worker.base import QueueProcessingWorker, assign_queue

logger = logging.getLogger(__name__)


@assign_queue("embed_links")
class FetchLinksEmbedData(QueueProcessingWorker):
    # Arbitrary user-supplied URLs are fetched here; time out fast.
    MAX_CONSUME_SECONDS = 60

    def consume(self, event: Dict[str, Any]) -> None:
        url_embed_data: Dict[str, Any] = {}
        for url in event["urls"]:
            url_embed_data[url] = get_link_embed_data(url)
        message = Message.objects.select_related("realm").get(id=event["message_id"])
        if message.rendered_content_version != event["message_content_version"]:
            return
        message.render_with_previews(url_embed_data)
        message.save(update_fields=["rendered_content"])
        send_event_on_commit(message.realm, {"type": "update_message", "message_id": message.id, "rendered_content": message.rendered_content}, event["user_ids"])
