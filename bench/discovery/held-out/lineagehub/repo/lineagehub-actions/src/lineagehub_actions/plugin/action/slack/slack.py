import logging
from typing import Optional

from lineagehub.configuration.common import ConfigModel
from lineagehub.ingestion.graph.client import LineagehubGraph
from pydantic import SecretStr
from slack_bolt import App

from lineagehub_actions.action.action import Action
from lineagehub_actions.event.event_envelope import EventEnvelope
from lineagehub_actions.pipeline.pipeline_context import PipelineContext
from lineagehub_actions.utils.social_util import get_message_from_entity_change_event

logger = logging.getLogger(__name__)


class SlackNotificationConfig(ConfigModel):
    bot_token: SecretStr
    signing_secret: Optional[SecretStr] = None
    default_channel: str
    base_url: str = "http://localhost:9002/"
    suppress_system_activity: bool = True


class SlackNotificationAction(Action):
    """Posts entity change events to a Slack channel, resolving names through the LineageHub graph."""

    def __init__(self, action_config: SlackNotificationConfig, ctx: PipelineContext):
        self.action_config = action_config
        self.ctx = ctx
        self.app = App(
            token=self.action_config.bot_token.get_secret_value(),
            signing_secret=self.action_config.signing_secret.get_secret_value()
            if self.action_config.signing_secret
            else None,
        )

    @classmethod
    def create(cls, config_dict: dict, ctx: PipelineContext) -> "Action":
        action_config = SlackNotificationConfig.parse_obj(config_dict or {})
        logger.info(f"Slack notification action configured with {action_config}")
        return cls(action_config, ctx)

    def act(self, event: EventEnvelope) -> None:
        if event.event_type != "EntityChangeEvent_v1":
            return
        graph: LineagehubGraph = self.ctx.graph.graph
        semantic_message = get_message_from_entity_change_event(
            event.event,
            self.action_config.base_url,
            graph,
            channel="slack",
        )
        if self.action_config.suppress_system_activity and event.event.auditStamp.actor.endswith("__lineagehub_system"):
            return
        self.app.client.chat_postMessage(
            text=semantic_message,
            channel=self.action_config.default_channel,
        )

    def close(self) -> None:
        pass
