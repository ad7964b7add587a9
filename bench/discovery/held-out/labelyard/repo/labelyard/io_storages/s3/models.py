"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import json
import logging
import re
from urllib.parse import urlparse

import boto3
from django.conf import settings
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from io_storages.base_models import ExportStorage, ExportStorageLink, ImportStorage, ImportStorageLink
from io_storages.s3.utils import get_client_and_resource, resolve_s3_url
from tasks.models import Annotation

logger = logging.getLogger(__name__)
logging.getLogger('botocore').setLevel(logging.CRITICAL)
boto3.set_stream_logger(level=logging.INFO)

url_scheme = 's3'


class S3StorageMixin(models.Model):
    bucket = models.TextField(_('bucket'), null=True, blank=True, help_text='S3 bucket name')
    prefix = models.TextField(_('prefix'), null=True, blank=True, help_text='S3 bucket prefix')
    regex_filter = models.TextField(_('regex_filter'), null=True, blank=True, help_text='Cloud storage regex for filtering objects')
    use_blob_urls = models.BooleanField(_('use_blob_urls'), default=False, help_text='Interpret objects as BLOBs and generate URLs')
    aws_access_key_id = models.TextField(_('aws_access_key_id'), null=True, blank=True, help_text='AWS_ACCESS_KEY_ID')
    aws_secret_access_key = models.TextField(_('aws_secret_access_key'), null=True, blank=True, help_text='AWS_SECRET_ACCESS_KEY')
    aws_session_token = models.TextField(_('aws_session_token'), null=True, blank=True, help_text='AWS_SESSION_TOKEN')
    aws_sse_kms_key_id = models.TextField(_('aws_sse_kms_key_id'), null=True, blank=True, help_text='AWS SSE KMS Key ID')
    region_name = models.TextField(_('region_name'), null=True, blank=True, help_text='AWS Region')
    s3_endpoint = models.TextField(_('s3_endpoint'), null=True, blank=True, help_text='S3 Endpoint')

    def get_client_and_resource(self):
        # s3 client initialization ~ 100 ms, for 30 tasks it's a 3 seconds, so we need to cache it
        cache_key = f'{self.aws_access_key_id}:{self.aws_secret_access_key}:{self.aws_session_token}:{self.region_name}:{self.s3_endpoint}'
        if cache_key in client_and_resource_cache:
            return client_and_resource_cache[cache_key]

        result = get_client_and_resource(
            self.aws_access_key_id,
            self.aws_secret_access_key,
            self.aws_session_token,
            self.region_name,
            self.s3_endpoint,
        )
        client_and_resource_cache[cache_key] = result
        return result

    def get_client(self):
        client, _ = self.get_client_and_resource()
        return client

    def get_client_and_bucket(self, validate_connection=True):
        client, s3 = self.get_client_and_resource()
        if validate_connection:
            self.validate_connection(client)
        return client, s3.Bucket(self.bucket)

    def validate_connection(self, client=None):
        logger.debug('validate_connection')
        if client is None:
            client = self.get_client()
        # we need to check path existence for Import storages only
        if self.prefix and 'Export' not in self.__class__.__name__:
            result = client.list_objects_v2(Bucket=self.bucket, Prefix=self.prefix.rstrip('/') + '/', MaxKeys=1)
            if not result.get('KeyCount'):
                raise KeyError(f'{self.url_scheme}://{self.bucket}/{self.prefix} not found.')
        else:
            client.head_bucket(Bucket=self.bucket)

    class Meta:
        abstract = True


client_and_resource_cache = {}


class S3ImportStorageBase(S3StorageMixin, ImportStorage):
    url_scheme = 's3'

    presign = models.BooleanField(_('presign'), default=True, help_text='Generate presigned URLs')
    presign_ttl = models.PositiveSmallIntegerField(_('presign_ttl'), default=1, help_text='Presigned URLs TTL (in minutes)')

    def iterkeys(self):
        client, bucket = self.get_client_and_bucket()
        if self.prefix:
            list_kwargs = {'Prefix': self.prefix.rstrip('/') + '/'}
            if not self.recursive_scan:
                list_kwargs['Delimiter'] = '/'
            bucket_iter = bucket.objects.filter(**list_kwargs).all()
        else:
            bucket_iter = bucket.objects.all()
        regex = re.compile(str(self.regex_filter)) if self.regex_filter else None
        for obj in bucket_iter:
            key = obj.key
            if key.endswith('/'):
                continue
            if regex and not regex.match(key):
                continue
            yield key

    def get_data(self, key):
        uri = f'{self.url_scheme}://{self.bucket}/{key}'
        if self.use_blob_urls:
            data_key = settings.DATA_UNDEFINED_NAME
            return {data_key: uri}

        # read task json from bucket and validate it
        _, s3 = self.get_client_and_resource()
        bucket = s3.Bucket(self.bucket)
        obj = s3.Object(bucket.name, key).get()['Body'].read().decode('utf-8')
        value = json.loads(obj)
        return value

    def generate_http_url(self, url):
        return resolve_s3_url(url, self.get_client(), self.presign, expires_in=self.presign_ttl * 60)

    class Meta:
        abstract = True


class S3ImportStorage(S3ImportStorageBase):
    project = models.ForeignKey('projects.Project', related_name='io_storages_s3importstorages', on_delete=models.CASCADE)
    recursive_scan = models.BooleanField(_('recursive scan'), default=False)

    def scan_and_create_links(self):
        return self._scan_and_create_links(S3ImportStorageLink)


class S3ExportStorage(S3StorageMixin, ExportStorage):
    project = models.ForeignKey('projects.Project', related_name='io_storages_s3exportstorages', on_delete=models.CASCADE)

    def save_annotation(self, annotation):
        client, s3 = self.get_client_and_resource()
        logger.debug(f'Creating new object on {self.__class__.__name__} Storage {self} for annotation {annotation}')
        ser_annotation = self._get_serialized_data(annotation)

        # get key that identifies this object in storage
        key = S3ExportStorageLink.get_key(annotation)
        key = str(self.prefix) + '/' + key if self.prefix else key

        additional_params = {}
        self.cached_user = getattr(self, 'cached_user', self.project.organization.created_by)
        if self.aws_sse_kms_key_id:
            additional_params['SSEKMSKeyId'] = self.aws_sse_kms_key_id
            additional_params['ServerSideEncryption'] = 'aws:kms'
        else:
            additional_params['ServerSideEncryption'] = 'AES256'

        s3.Object(self.bucket, key).put(Body=json.dumps(ser_annotation), **additional_params)
        S3ExportStorageLink.create(annotation, self)

    def delete_annotation(self, annotation):
        client, s3 = self.get_client_and_resource()
        key = S3ExportStorageLink.get_key(annotation)
        key = str(self.prefix) + '/' + key if self.prefix else key
        s3.Object(self.bucket, key).delete()

    def _get_serialized_data(self, annotation):
        from data_export.serializers import ExportDataSerializer

        return ExportDataSerializer(annotation.task).data


@receiver(post_save, sender=Annotation)
def export_annotation_to_s3_storages(sender, instance, **kwargs):
    project = instance.project
    if hasattr(project, 'io_storages_s3exportstorages'):
        for storage in project.io_storages_s3exportstorages.all():
            logger.debug(f'Export {instance} to S3 storage {storage}')
            storage.save_annotation(instance)


class S3ImportStorageLink(ImportStorageLink):
    storage = models.ForeignKey(S3ImportStorage, on_delete=models.CASCADE, related_name='links')


class S3ExportStorageLink(ExportStorageLink):
    storage = models.ForeignKey(S3ExportStorage, on_delete=models.CASCADE, related_name='links')
