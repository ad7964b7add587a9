"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import base64
import json
import logging
import re
from datetime import timedelta
from typing import Union
from urllib.parse import urlparse

import google.auth
from django.conf import settings
from google.auth.exceptions import DefaultCredentialsError
from google.cloud import storage as gcs
from google.oauth2 import service_account

logger = logging.getLogger(__name__)

Base64 = bytes


class GCS(object):
    _client_cache = {}
    _credentials_cache = None
    DEFAULT_GOOGLE_PROJECT_ID = gcs.client._marker

    @classmethod
    def get_client(
        cls, google_project_id: str = None, google_application_credentials: Union[str, dict] = None
    ) -> gcs.Client:
        """
        :param google_project_id:
        :param google_application_credentials:
        :return:
        """
        google_project_id = google_project_id or GCS.DEFAULT_GOOGLE_PROJECT_ID
        cache_key = google_application_credentials

        if cache_key not in GCS._client_cache:
            # use credentials from LS Cloud Storage settings
            if google_application_credentials:
                if isinstance(google_application_credentials, str):
                    google_application_credentials = json.loads(google_application_credentials)
                credentials = service_account.Credentials.from_service_account_info(google_application_credentials)
                client = gcs.Client(project=google_project_id, credentials=credentials)
            # use Application Default Credentials (ADC)
            else:
                client = gcs.Client(project=google_project_id)

            GCS._client_cache[cache_key] = client

        return GCS._client_cache[cache_key]

    @classmethod
    def validate_connection(cls, bucket_name: str, google_project_id: str = None, google_application_credentials=None, prefix: str = None):
        logger.debug('Validating GCS connection')
        client = cls.get_client(google_application_credentials=google_application_credentials, google_project_id=google_project_id)
        logger.debug('Validating GCS bucket')
        bucket = client.get_bucket(bucket_name)

        # Dataset storages uses glob filters and root prefix, so no need to check prefix
        if prefix:
            blobs = list(bucket.list_blobs(prefix=prefix, max_results=1))
            if not blobs:
                raise ValueError(f"No blobs found in {bucket_name}/{prefix} or prefix doesn't exist")

    @classmethod
    def iter_blobs(cls, client: gcs.Client, bucket_name: str, prefix: str = None, regex_filter: str = None, limit: int = None, return_key: bool = False, recursive_scan: bool = True):
        bucket = client.get_bucket(bucket_name)
        regex = re.compile(str(regex_filter)) if regex_filter else None
        delimiter = None if recursive_scan else '/'
        files = bucket.list_blobs(prefix=prefix, max_results=limit, delimiter=delimiter)
        for file in files:
            if file.name.endswith('/'):
                continue
            if regex and not regex.match(file.name):
                continue
            yield file.name if return_key else file

    @classmethod
    def _get_signed_url(cls, blob, presign_ttl, google_application_credentials=None):
        return blob.generate_signed_url(version='v4', expiration=timedelta(minutes=presign_ttl), method='GET')

    @classmethod
    def generate_http_url(cls, url: str, presign: bool, google_application_credentials=None, google_project_id=None, presign_ttl: int = 1) -> str:
        r = urlparse(url, allow_fragments=False)
        bucket_name = r.netloc
        blob_name = r.path.lstrip('/')

        client = cls.get_client(google_application_credentials=google_application_credentials, google_project_id=google_project_id)
        bucket = client.get_bucket(bucket_name)
        blob = bucket.blob(blob_name)

        # this flag should be OFF, maybe we need to enable it for 1-2 customers, we have to check it
        if not presign:
            blob.reload()
            return f'data:{blob.content_type};base64,' + base64.b64encode(blob.download_as_bytes()).decode('utf-8')

        return cls._get_signed_url(blob, presign_ttl, google_application_credentials)

    @classmethod
    def read_file(cls, client: gcs.Client, bucket_name: str, key: str, convert_to: str = None):
        bucket = client.get_bucket(bucket_name)
        blob = bucket.blob(key)
        blob = blob.download_as_bytes()
        if convert_to == 'json':
            blob = json.loads(blob)
        return blob
