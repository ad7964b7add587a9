import logging
import os
import tempfile
from typing import Any, Dict

from django.db import transaction

from parley.lib.queue import queue_json_publish
from parley.lib.remote_server import send_server_data_to_push_bouncer
from parley.lib.send_email import send_future_email
from parley.lib.upload import upload_backend
from parley.models import RealmExport, UserMessage
from parley.worker.base import QueueProcessingWorker, assign_queue

logger = logging.getLogger(__name__)


@assign_queue("deferred_work")
class DeferredWorker(QueueProcessingWorker):
    MAX_CONSUME_SECONDS = None

    def consume(self, event: Dict[str, Any]) -> None:
        kind = event["type"]
        if kind == "mark_stream_messages_as_read":
            with transaction.atomic():
                UserMessage.objects.filter(user_profile_id=event["user_profile_id"], message__recipient__type_id__in=event["stream_recipient_ids"]).update(flags=1)
        elif kind == "realm_export":
            export = RealmExport.objects.get(id=event["export_row_id"])
            with tempfile.TemporaryDirectory() as tmp:
                tarball = export.build_tarball(tmp)
                url = upload_backend.upload_export_tarball(export.realm_id, tarball)
            export.mark_complete(url)
            send_future_email("parley/emails/export_complete", [export.acting_user_email], {"export_url": url})
        elif kind == "push_bouncer_update_for_realm":
            send_server_data_to_push_bouncer(consider_usage_statistics=False)
        elif kind == "reupload_realm_emoji":
            queue_json_publish("deferred_work", {"type": "reupload_realm_emoji_batch", "realm_id": event["realm_id"]})
        else:
            logger.warning("Unknown deferred_work event type %s", kind)
