from django.conf import settings
from django.db import models

from ..core import JobStatus


class ExportFile(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    status = models.CharField(max_length=50, choices=JobStatus.CHOICES, default=JobStatus.PENDING)
    content_file = models.FileField(upload_to="export_files", null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
