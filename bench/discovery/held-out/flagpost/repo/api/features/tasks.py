import logging

from environments.tasks import rebuild_environment_document
from features.models import FeatureState
from integrations.datadog.datadog import DataDogWrapper
from integrations.slack.slack import SlackWrapper
from task_processor.decorators import register_task_handler
from webhooks.webhooks import WebhookEventType, call_environment_webhooks, call_organisation_webhooks

logger = logging.getLogger(__name__)


@register_task_handler()
def trigger_feature_state_change_webhooks(feature_state_id: int):
    feature_state = FeatureState.objects.select_related("environment", "feature").get(id=feature_state_id)
    environment = feature_state.environment
    data = {"new_state": feature_state.to_document(), "changed_at": feature_state.updated_at.isoformat()}

    call_environment_webhooks(environment, data, WebhookEventType.FLAG_UPDATED)
    call_organisation_webhooks(environment.project.organisation, data, WebhookEventType.FLAG_UPDATED)

    # Third party integrations configured per project / environment by users
    for config in environment.slack_configs.filter(enabled=True):
        SlackWrapper(api_token=config.slack_configuration.api_token, channel_id=config.channel_id).track_event(
            {"text": f"Flag {feature_state.feature.name} updated in {environment.name}"}
        )
    dd_config = getattr(environment.project, "data_dog_config", None)
    if dd_config:
        DataDogWrapper(base_url=dd_config.base_url, api_key=dd_config.api_key).track_event(
            {"text": f"Flag {feature_state.feature.name} updated", "tags": ["env:" + environment.name]}
        )

    rebuild_environment_document.delay(args=(environment.id,))
