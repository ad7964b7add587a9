from django.contrib.auth.models import User
from django.db import models


class MatchingModel(models.Model):
    name = models.CharField(max_length=128)
    match = models.CharField(max_length=256, blank=True)
    owner = models.ForeignKey(User, blank=True, null=True, on_delete=models.SET_NULL)

    class Meta:
        abstract = True


class Tag(MatchingModel):
    color = models.CharField(max_length=7, default="#a6cee3")
    is_inbox_tag = models.BooleanField(default=False)


class Correspondent(MatchingModel):
    pass


class Document(models.Model):
    title = models.CharField(max_length=128, blank=True, db_index=True)
    content = models.TextField(blank=True)
    mime_type = models.CharField(max_length=256, editable=False)
    checksum = models.CharField(max_length=32, unique=True)
    archive_checksum = models.CharField(max_length=32, null=True, blank=True)
    correspondent = models.ForeignKey(Correspondent, null=True, blank=True, on_delete=models.SET_NULL)
    tags = models.ManyToManyField(Tag, blank=True, related_name="documents")
    created = models.DateTimeField(db_index=True)
    added = models.DateTimeField(auto_now_add=True, db_index=True)
    filename = models.FilePathField(max_length=1024, unique=True, null=True)
    owner = models.ForeignKey(User, blank=True, null=True, on_delete=models.SET_NULL)
    deleted_at = models.DateTimeField(null=True, blank=True)


class WorkflowAction(models.Model):
    class Type(models.IntegerChoices):
        ASSIGNMENT = 1
        REMOVAL = 2
        EMAIL = 3
        WEBHOOK = 4

    type = models.PositiveIntegerField(choices=Type.choices, default=Type.ASSIGNMENT)
    email_subject = models.CharField(max_length=256, blank=True)
    email_body = models.TextField(blank=True)
    email_to = models.TextField(blank=True, help_text="Comma separated recipients")
    webhook_url = models.CharField(max_length=256, blank=True, help_text="Destination URL entered by the user")
    webhook_use_params = models.BooleanField(default=True)


class Workflow(models.Model):
    name = models.CharField(max_length=256, unique=True)
    enabled = models.BooleanField(default=True)
    actions = models.ManyToManyField(WorkflowAction, related_name="workflows")


class ShareLink(models.Model):
    slug = models.SlugField(max_length=64, unique=True)
    document = models.ForeignKey(Document, on_delete=models.CASCADE)
    expiration = models.DateTimeField(null=True, blank=True)
