import csv
import io
import uuid

import structlog
from celery import shared_task
from django.conf import settings

from posthog.clickhouse.client import sync_execute
from posthog.email import EmailMessage
from posthog.storage import object_storage

logger = structlog.get_logger(__name__)


def _object_path(team_id: int, export_id: int) -> str:
    return f"{settings.OBJECT_STORAGE_EXPORTS_FOLDER}/csvs/team-{team_id}/task-{export_id}/{uuid.uuid4()}"


@shared_task(acks_late=True, ignore_result=False, time_limit=60 * 10)
def export_csv(exported_asset_id: int) -> str:
    from posthog.models.exported_asset import ExportedAsset

    asset = ExportedAsset.objects.select_related("created_by").get(pk=exported_asset_id)
    rows = sync_execute(asset.export_context["sql"], asset.export_context.get("params"), offline=True)

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(rows)

    path = _object_path(asset.team_id, asset.id)
    object_storage.write(path, buffer.getvalue().encode("utf-8"))
    asset.content_location = path
    asset.save(update_fields=["content_location"])

    if asset.created_by and asset.export_context.get("notify"):
        message = EmailMessage(
            campaign_key=f"export_ready_{asset.id}",
            subject="Your Hoglytics export is ready",
            template_name="export_ready",
            template_context={"url": object_storage.get_presigned_url(path)},
        )
        message.add_recipient(asset.created_by.email)
        message.send()
    return path
