import csv
import io
import logging
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from ..celeryconf import app
from ..core import JobStatus
from ..product.models import Product
from .models import ExportFile

logger = logging.getLogger(__name__)

EXPORT_FILES_TTL = timedelta(days=30)


@app.task
def export_products_task(export_file_id: int, file_type: str = "csv"):
    export_file = ExportFile.objects.get(pk=export_file_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "name", "slug", "category"])
    for product in Product.objects.using("replica").iterator(chunk_size=1000):
        writer.writerow([product.pk, product.name, product.slug, product.category_id])

    file_name = f"export_files/products_{export_file_id}.{file_type}"
    # Stored in the media bucket (S3MediaStorage) so the dashboard can download it
    # through a presigned URL.
    saved_name = default_storage.save(file_name, ContentFile(buffer.getvalue().encode()))
    export_file.content_file = saved_name
    export_file.status = JobStatus.SUCCESS
    export_file.save(update_fields=["content_file", "status", "updated_at"])
    logger.info("Exported products to %s", saved_name)


@app.task
def delete_old_export_files():
    expired = ExportFile.objects.filter(created_at__lte=timezone.now() - EXPORT_FILES_TTL)
    for export_file in expired:
        if export_file.content_file:
            default_storage.delete(export_file.content_file.name)
    expired.delete()
