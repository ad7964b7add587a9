import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from planedeck.db.models import FileAsset
from planedeck.utils.storage import S3Storage

logger = logging.getLogger("planedeck.worker")


@shared_task
def get_asset_object_metadata(asset_id):
    asset = FileAsset.objects.get(pk=asset_id)
    storage = S3Storage()
    asset.storage_metadata = storage.get_object_metadata(object_name=str(asset.asset))
    asset.save(update_fields=["storage_metadata"])


@shared_task
def delete_unuploaded_file_asset():
    """Soft-deleted and never-uploaded assets older than a day are removed from the bucket."""
    cutoff = timezone.now() - timedelta(days=1)
    assets = FileAsset.objects.filter(created_at__lt=cutoff, is_uploaded=False)
    keys = [str(a.asset) for a in assets]
    S3Storage().delete_files(keys)
    deleted, _ = assets.delete()
    logger.info("deleted %s unuploaded assets", deleted)
