from django.conf import settings

from environments.models import Environment, environment_document_cache
from task_processor.decorators import register_task_handler
from webhooks.webhooks import WebhookEventType, call_environment_webhooks


@register_task_handler()
def rebuild_environment_document(environment_id: int):
    environment = Environment.objects.get(id=environment_id)
    if settings.CACHE_ENVIRONMENT_DOCUMENT_SECONDS > 0:
        environment_document_cache.delete(environment.api_key)


@register_task_handler()
def process_environment_update(environment_id: int, data: dict):
    environment = Environment.objects.get(id=environment_id)
    call_environment_webhooks(environment, data, WebhookEventType.FLAG_UPDATED)
