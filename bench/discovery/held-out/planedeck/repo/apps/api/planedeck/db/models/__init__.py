import uuid

from django.conf import settings
from django.db import models


class BaseModel(models.Model):
    id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, primary_key=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class Workspace(BaseModel):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=48, unique=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="owner_workspace")

    class Meta:
        db_table = "workspaces"


class Project(BaseModel):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="projects")
    name = models.CharField(max_length=255)
    identifier = models.CharField(max_length=12)

    class Meta:
        db_table = "projects"
        unique_together = ["identifier", "workspace"]


class Issue(BaseModel):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="issues")
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    name = models.CharField(max_length=255)
    description_html = models.TextField(blank=True, default="<p></p>")
    priority = models.CharField(max_length=30, default="none")
    sequence_id = models.IntegerField(default=1)
    assignees = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="assignee")

    class Meta:
        db_table = "issues"
        ordering = ("-created_at",)


class Page(BaseModel):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="pages")
    name = models.TextField(blank=True)
    description_binary = models.BinaryField(null=True)
    description_html = models.TextField(blank=True, default="<p></p>")
    owned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Meta:
        db_table = "pages"


class FileAsset(BaseModel):
    class EntityTypeContext(models.TextChoices):
        ISSUE_ATTACHMENT = "ISSUE_ATTACHMENT"
        USER_AVATAR = "USER_AVATAR"
        PAGE_DESCRIPTION = "PAGE_DESCRIPTION"
        EXPORT = "EXPORT"

    asset = models.FileField(max_length=800)
    attributes = models.JSONField(default=dict)
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, null=True)
    entity_type = models.CharField(max_length=255, choices=EntityTypeContext.choices)
    is_uploaded = models.BooleanField(default=False)
    size = models.FloatField(default=0)
    storage_metadata = models.JSONField(default=dict, null=True)

    class Meta:
        db_table = "file_assets"


class ExporterHistory(BaseModel):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE)
    project = models.JSONField(default=list)
    provider = models.CharField(max_length=50, default="csv")
    status = models.CharField(max_length=50, default="queued")
    key = models.TextField(blank=True)
    token = models.CharField(max_length=255, unique=True)
    url = models.URLField(max_length=800, blank=True, null=True)
    initiated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Meta:
        db_table = "exporters"


class Webhook(BaseModel):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="workspace_webhooks")
    url = models.URLField(max_length=1024)
    is_active = models.BooleanField(default=True)
    secret_key = models.CharField(max_length=255)
    issue = models.BooleanField(default=False)

    class Meta:
        db_table = "webhooks"


class EmailNotificationLog(BaseModel):
    receiver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    entity_identifier = models.UUIDField(null=True)
    data = models.JSONField(null=True)
    processed_at = models.DateTimeField(null=True)
    sent_at = models.DateTimeField(null=True)

    class Meta:
        db_table = "email_notification_logs"
