import json
import urllib.parse

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.core.validators import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from extras.choices import *
from extras.conditions import ConditionSet
from extras.constants import *
from extras.utils import image_upload
from boxnet.models import ChangeLoggedModel
from boxnet.models.features import CustomFieldsMixin, CustomLinksMixin, ExportTemplatesMixin, TagsMixin
from utilities.jinja2 import render_jinja2
from utilities.querysets import RestrictedQuerySet

__all__ = (
    'EventRule',
    'ImageAttachment',
    'Webhook',
)


class EventRule(CustomFieldsMixin, ExportTemplatesMixin, TagsMixin, ChangeLoggedModel):
    """
    An EventRule defines an action to be taken automatically in response to a specific set of events, such as when a
    specific type of object is created, modified, or deleted. The action to be taken might entail transmitting a
    webhook or executing a custom script.
    """
    object_types = models.ManyToManyField(
        to='core.ObjectType',
        related_name='event_rules',
        verbose_name=_('object types'),
    )
    name = models.CharField(verbose_name=_('name'), max_length=150, unique=True)
    enabled = models.BooleanField(verbose_name=_('enabled'), default=True)
    type_create = models.BooleanField(default=False)
    type_update = models.BooleanField(default=False)
    type_delete = models.BooleanField(default=False)
    type_job_start = models.BooleanField(default=False)
    type_job_end = models.BooleanField(default=False)
    conditions = models.JSONField(blank=True, null=True)

    # Action to take
    action_type = models.CharField(
        max_length=30,
        choices=EventRuleActionChoices,
        default=EventRuleActionChoices.WEBHOOK,
    )
    action_object_type = models.ForeignKey(
        to='contenttypes.ContentType',
        related_name='eventrule_actions',
        on_delete=models.CASCADE
    )
    action_object_id = models.PositiveBigIntegerField(blank=True, null=True)
    action_object = GenericForeignKey(ct_field='action_object_type', fk_field='action_object_id')
    action_data = models.JSONField(blank=True, null=True)

    objects = RestrictedQuerySet.as_manager()

    class Meta:
        ordering = ('name',)

    def eval_conditions(self, data):
        """
        Test whether the given data meets the conditions of the event rule (if any). Return True
        if met or no conditions are specified.
        """
        if not self.conditions:
            return True
        return ConditionSet(self.conditions).eval(data)


class Webhook(CustomFieldsMixin, ExportTemplatesMixin, TagsMixin, ChangeLoggedModel):
    """
    A Webhook defines a request that will be sent to a remote application when an object is created, updated, and/or
    delete in boxnet. The request will contain a representation of the object, which the remote application can act on.
    Each Webhook can be limited to firing only on certain actions or certain object types.
    """
    name = models.CharField(verbose_name=_('name'), max_length=150, unique=True)
    description = models.CharField(max_length=200, blank=True)
    payload_url = models.CharField(
        max_length=500,
        verbose_name=_('URL'),
        help_text=_(
            "This URL will be called using the HTTP method defined when the webhook is called. Jinja2 template "
            "processing is supported with the same context as the request body."
        )
    )
    http_method = models.CharField(
        max_length=30,
        choices=WebhookHttpMethodChoices,
        default=WebhookHttpMethodChoices.METHOD_POST,
    )
    http_content_type = models.CharField(max_length=100, default=HTTP_CONTENT_TYPE_JSON)
    additional_headers = models.TextField(blank=True)
    body_template = models.TextField(blank=True)
    secret = models.CharField(max_length=255, blank=True)
    ssl_verification = models.BooleanField(default=True)
    ca_file_path = models.CharField(max_length=4096, null=True, blank=True)

    objects = RestrictedQuerySet.as_manager()

    class Meta:
        ordering = ('name',)

    def render_headers(self, context):
        """
        Render additional_headers and return a dict of Header: Value pairs.
        """
        if not self.additional_headers:
            return {}
        ret = {}
        data = render_jinja2(self.additional_headers, context)
        for line in data.splitlines():
            header, value = line.split(':', 1)
            ret[header.strip()] = value.strip()
        return ret

    def render_body(self, context):
        if self.body_template:
            return render_jinja2(self.body_template, context)
        return json.dumps(context, cls=JSONEncoder)

    def render_payload_url(self, context):
        """
        Render the payload URL.
        """
        return render_jinja2(self.payload_url, context)


class ImageAttachment(ChangeLoggedModel):
    """
    An uploaded image which is associated with an object. Stored through the default storage
    backend (S3 when STORAGE_BACKEND is configured).
    """
    object_type = models.ForeignKey(to='contenttypes.ContentType', on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    parent = GenericForeignKey(ct_field='object_type', fk_field='object_id')
    image = models.ImageField(
        upload_to=image_upload,
        height_field='image_height',
        width_field='image_width'
    )
    image_height = models.PositiveSmallIntegerField()
    image_width = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=50, blank=True)

    objects = RestrictedQuerySet.as_manager()

    def delete(self, *args, **kwargs):
        _name = self.image.name
        super().delete(*args, **kwargs)
        # Delete file from disk / remote storage
        self.image.delete(save=False)
        # Deleting the file erases its name. We restore the image's filename here in case we still need to reference it
        self.image.name = _name

    @property
    def size(self):
        """
        Wrapper around `image.size` to suppress an OSError in case the file is inaccessible. Also opportunistically
        catch other exceptions that we know other storage back-ends to throw.
        """
        expected_exceptions = [OSError]

        try:
            from botocore.exceptions import ClientError
            expected_exceptions.append(ClientError)
        except ImportError:
            pass

        try:
            return self.image.size
        except tuple(expected_exceptions):
            return None
