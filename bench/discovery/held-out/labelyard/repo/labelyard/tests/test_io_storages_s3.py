"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import pytest
from io_storages.s3.models import S3ImportStorage


@pytest.mark.django_db
def test_s3_import_storage_sync(s3, configured_project):
    storage = S3ImportStorage.objects.create(
        project=configured_project,
        bucket='pytest-s3-images',
        prefix='subdir',
        use_blob_urls=True,
        region_name='us-east-1',
    )
    storage.validate_connection()
    storage.sync()
    assert configured_project.tasks.count() == 1
    task = configured_project.tasks.first()
    assert task.data['$undefined$'] == 's3://pytest-s3-images/subdir/image1.jpg'
