"""Outpost websocket handler"""

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any

from asgiref.sync import async_to_sync
from channels.exceptions import DenyConnection
from channels.generic.websocket import JsonWebsocketConsumer
from dacite.core import from_dict
from structlog.stdlib import BoundLogger, get_logger

from keyward.core.channels import TokenOutpostConsumer
from keyward.outposts.apps import GAUGE_OUTPOSTS_CONNECTED, GAUGE_OUTPOSTS_LAST_UPDATE
from keyward.outposts.models import OUTPOST_HELLO_INTERVAL, Outpost, OutpostState

OUTPOST_GROUP = "group_outpost_%(outpost_pk)s"


class WebsocketMessageInstruction(IntEnum):
    """Commands which can be triggered over Websocket"""

    # Simple message used by either side when a message is acknowledged
    ACK = 0
    # Message used by outposts to report their alive status
    HELLO = 1
    # Message sent by us to trigger an Update
    TRIGGER_UPDATE = 2
    # Provider specific message
    PROVIDER_SPECIFIC = 3


@dataclass(slots=True)
class WebsocketMessage:
    """Complete Websocket Message that is being sent"""

    instruction: int
    args: dict[str, Any] = field(default_factory=dict)


class OutpostConsumer(TokenOutpostConsumer, JsonWebsocketConsumer):
    """Handler for Outposts that connect over websockets for health checks and live updates"""

    outpost: Outpost | None = None
    logger: BoundLogger

    instance_uid: str | None = None

    def connect(self):
        super().connect()
        uuid = self.scope["url_route"]["kwargs"]["pk"]
        user = self.scope["user"]
        outpost = Outpost.objects.filter(pk=uuid).first()
        if not outpost or not user.has_perm("keyward_outposts.view_outpost", outpost):
            raise DenyConnection()
        self.logger = get_logger().bind(outpost=outpost)
        try:
            self.accept()
        except RuntimeError as exc:
            self.logger.warning("runtime error during accept", exc=exc)
            raise DenyConnection() from None
        self.outpost = outpost
        query = dict(x.split("=") for x in self.scope["query_string"].decode().split("&") if x)
        self.instance_uid = query.get("instance_uuid", self.channel_name)
        async_to_sync(self.channel_layer.group_add)(
            OUTPOST_GROUP % {"outpost_pk": str(self.outpost.pk)}, self.channel_name
        )
        GAUGE_OUTPOSTS_CONNECTED.labels(
            outpost=self.outpost.name, uid=self.instance_uid, expected=self.outpost.config.kubernetes_replicas
        ).inc()

    def disconnect(self, code):
        if self.outpost:
            async_to_sync(self.channel_layer.group_discard)(
                OUTPOST_GROUP % {"outpost_pk": str(self.outpost.pk)}, self.channel_name
            )
        if self.outpost and self.instance_uid:
            GAUGE_OUTPOSTS_CONNECTED.labels(
                outpost=self.outpost.name, uid=self.instance_uid, expected=self.outpost.config.kubernetes_replicas
            ).dec()
        self.logger.debug("removed outpost instance from cache", instance_uuid=self.instance_uid)

    def receive_json(self, content: dict[str, Any], **kwargs):
        msg = from_dict(WebsocketMessage, content)
        uid = msg.args.get("uuid", self.channel_name)
        self.instance_uid = uid

        state = OutpostState.for_instance_uid(self.outpost, uid)
        state.last_seen = datetime.now()
        state.hostname = msg.args.pop("hostname", "")

        if msg.instruction == WebsocketMessageInstruction.HELLO:
            state.version = msg.args.pop("version", None)
            state.build_hash = msg.args.pop("buildHash", "")
            state.args = msg.args
        elif msg.instruction == WebsocketMessageInstruction.ACK:
            return
        GAUGE_OUTPOSTS_LAST_UPDATE.labels(
            outpost=self.outpost.name, uid=self.instance_uid or "", version=state.version or ""
        ).set_to_current_time()
        state.save(timeout=OUTPOST_HELLO_INTERVAL * 1.5)

        response = WebsocketMessage(instruction=WebsocketMessageInstruction.ACK)
        self.send_json(asdict(response))

    def event_update(self, event):
        """Event handler which is called by post_save signals, Send update instruction"""
        self.send_json(asdict(WebsocketMessage(instruction=WebsocketMessageInstruction.TRIGGER_UPDATE)))

    def event_provider_specific(self, event):
        """Event handler which can be called by provider-specific
        implementations to send specific messages to the outpost"""
        self.send_json(event)
