"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import pytest
from webhooks.models import Webhook, WebhookAction
from webhooks.utils import emit_webhooks_sync, run_webhook


@pytest.fixture
def organization_webhook(configured_project):
    organization = configured_project.organization
    uri = 'http://127.0.0.1:8765/hook'
    return Webhook.objects.create(organization=organization, project=None, url=uri)


@pytest.mark.django_db
def test_run_webhook(webhook_receiver, organization_webhook):
    run_webhook(organization_webhook, WebhookAction.PROJECT_CREATED, {'data': 'test'})
    request_history = webhook_receiver.request_history
    assert len(request_history) == 1
    assert request_history[0].method == 'POST'
    assert request_history[0].url == organization_webhook.url
    assert request_history[0].json() == {'action': WebhookAction.PROJECT_CREATED, 'data': 'test'}


@pytest.mark.django_db
def test_emit_webhooks_sync(webhook_receiver, organization_webhook, configured_project):
    emit_webhooks_sync(configured_project.organization, configured_project, WebhookAction.PROJECT_UPDATED, {})
    assert len(webhook_receiver.request_history) == 1
