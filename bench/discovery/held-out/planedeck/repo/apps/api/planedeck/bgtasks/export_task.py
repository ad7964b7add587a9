import csv
import io
import logging
import zipfile
from datetime import datetime

import boto3
from botocore.client import Config
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from planedeck.bgtasks.email_notification_task import get_email_connection
from planedeck.db.models import ExporterHistory, Issue

logger = logging.getLogger("planedeck.worker")


def create_csv_file(rows):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL)
    for row in rows:
        writer.writerow(row)
    buf.seek(0)
    return buf.getvalue()


def create_zip_file(files):
    zip_buffer = io.BytesIO()
    with zipfile.ZipFile(zip_buffer, "w", zipfile.ZIP_DEFLATED) as zipf:
        for filename, content in files:
            zipf.writestr(filename, content)
    zip_buffer.seek(0)
    return zip_buffer


def upload_to_s3(zip_file, workspace_id, token_id, slug):
    file_name = f"{workspace_id}/export-{slug}-{token_id[:6]}-{str(timezone.now().date())}.zip"
    expires_in = 7 * 24 * 60 * 60

    s3 = boto3.client(
        "s3",
        endpoint_url=settings.AWS_S3_ENDPOINT_URL,
        aws_access_key_id=settings.AWS_ACCESS_KEY_ID,
        aws_secret_access_key=settings.AWS_SECRET_ACCESS_KEY,
        config=Config(signature_version="s3v4"),
    )
    s3.upload_fileobj(
        zip_file,
        settings.AWS_STORAGE_BUCKET_NAME,
        file_name,
        ExtraArgs={"ACL": "public-read", "ContentType": "application/zip"},
    )
    presigned_url = s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.AWS_STORAGE_BUCKET_NAME, "Key": file_name},
        ExpiresIn=expires_in,
    )
    exporter_instance = ExporterHistory.objects.get(token=token_id)
    exporter_instance.status = "completed"
    exporter_instance.url = presigned_url
    exporter_instance.key = file_name
    exporter_instance.save(update_fields=["status", "url", "key"])


@shared_task
def issue_export_task(provider, workspace_id, project_ids, token_id, multiple, slug):
    try:
        issues = Issue.objects.filter(workspace__id=workspace_id, project_id__in=project_ids).values_list(
            "project__identifier", "sequence_id", "name", "priority", "created_at"
        )
        header = ["ID", "Name", "Priority", "Created At"]
        rows = [header] + [
            [f"{i[0]}-{i[1]}", i[2], i[3], i[4].strftime("%Y-%m-%d") if isinstance(i[4], datetime) else ""]
            for i in issues
        ]
        zip_buffer = create_zip_file([(f"{slug}.csv", create_csv_file(rows))])
        upload_to_s3(zip_buffer, workspace_id, token_id, slug)
    except Exception as e:
        logger.exception(e)
        ExporterHistory.objects.filter(token=token_id).update(status="failed")
