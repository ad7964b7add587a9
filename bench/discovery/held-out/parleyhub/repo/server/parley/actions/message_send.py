import re
import time
from typing import Any, Dict, List

from django.conf import settings
from django.db import transaction

from parley.lib.queue import queue_event_on_commit
from parley.models import Message, UserProfile, get_recipient_users
from parley.tornado.django_api import send_event_on_commit

URL_RE = re.compile(r"https?://\S+")


@transaction.atomic(savepoint=False)
def do_send_message(sender: UserProfile, recipient: str, topic: str, content: str) -> int:
    message = Message.objects.create(sender=sender, realm=sender.realm, recipient_name=recipient, topic=topic, content=content)
    users = get_recipient_users(message)
    user_dicts: List[Dict[str, Any]] = [
        {"id": u.id, "flags": [], "mobile_push_notify": u.enable_online_push_notifications, "email_notify": u.enable_offline_email_notifications}
        for u in users
    ]
    send_event_on_commit(sender.realm, {"type": "message", "message_dict": message.to_dict()}, user_dicts)

    urls = URL_RE.findall(content)
    if urls and settings.INLINE_URL_EMBED_PREVIEW:
        queue_event_on_commit(
            "embed_links",
            {"message_id": message.id, "message_content_version": message.rendered_content_version, "urls": urls, "user_ids": [u.id for u in users]},
        )
    for bot in (u for u in users if u.is_outgoing_webhook_bot):
        queue_event_on_commit("outgoing_webhooks", {"user_profile_id": bot.id, "message": message.to_dict()})
    queue_event_on_commit("user_activity", {"user_profile_id": sender.id, "client_id": 1, "query": "send_message", "time": time.time()})
    return message.id
