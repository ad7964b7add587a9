"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import os

import boto3
import pytest
import requests_mock
from moto import mock_s3

# if we haven't this package, pytest.ini::env doesn't work
try:
    import pytest_env.plugin  # noqa: F401
except ImportError:
    print('\n\n !!! Please, pip install pytest-env \n\n')
    exit(-100)


@pytest.fixture(autouse=True)
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ['AWS_ACCESS_KEY_ID'] = 'testing'
    os.environ['AWS_SECRET_ACCESS_KEY'] = 'testing'
    os.environ['AWS_SECURITY_TOKEN'] = 'testing'
    os.environ['AWS_SESSION_TOKEN'] = 'testing'


@pytest.fixture(autouse=True)
def s3(aws_credentials):
    with mock_s3():
        s3 = boto3.client('s3', region_name='us-east-1')
        s3.create_bucket(Bucket='pytest-s3-images')
        s3.put_object(Bucket='pytest-s3-images', Key='subdir/image1.jpg', Body='123')
        yield s3


@pytest.fixture(autouse=True)
def ml_backend():
    with requests_mock.Mocker(real_http=True) as m:
        m.post('http://localhost:9090/setup', text='{"model_version": "Fri Feb 19 17:10:44 2021"}')
        m.get('http://localhost:9090/health', text='{"status": "UP"}')
        m.post('http://localhost:9090/train', text='{"status": "ok", "job_id": "123"}')
        m.post(
            'http://localhost:9090/predict',
            text='{"results": [{"result": [{"from_name": "label", "to_name": "text", "type": "choices", "value": {"choices": ["pos"]}}], "score": 0.5}]}',
        )
        m.post('http://localhost:9090/webhook', text='{"status": "ok"}')
        yield m


@pytest.fixture
def webhook_receiver():
    with requests_mock.Mocker(real_http=True) as m:
        m.post('http://127.0.0.1:8765/hook', text='{}')
        yield m
