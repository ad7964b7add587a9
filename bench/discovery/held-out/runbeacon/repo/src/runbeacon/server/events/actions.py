"""Automation actions. `send-notification` renders a message and hands it to a notification block."""
import logging

from sqlalchemy import select

from runbeacon.blocks.core import Block
from runbeacon.server.database.configurations import session_factory
from runbeacon.server.database.orm_models import BlockDocument
from runbeacon.server.events.messaging import emit_event
from runbeacon.server.schemas.core import Event

logger = logging.getLogger("runbeacon.server.events.actions")


async def _load_block(name: str) -> Block:
    async with session_factory()() as session:
        doc = (await session.execute(select(BlockDocument).where(BlockDocument.name == name))).scalar_one()
    return Block.from_document(doc.block_type_slug, doc.data)


async def send_notification(action: dict, event: Event) -> None:
    block = await _load_block(action["block_document"])
    subject = action.get("subject", "Runbeacon notification")
    body = action.get("body", "{event}").format(event=event.event, resource=event.resource)
    await block.notify(body, subject=subject)


ACTIONS = {"send-notification": send_notification}


async def perform(automation, event: Event) -> None:
    for action in automation.actions:
        try:
            await ACTIONS[action["type"]](action, event)
            outcome = "executed"
        except Exception:
            logger.exception("action %s failed", action.get("type"))
            outcome = "failed"
        await emit_event(
            event=f"runbeacon.automation.action.{outcome}",
            resource={"runbeacon.resource.id": f"runbeacon.automation.{automation.id}"},
            payload={"action_type": action.get("type"), "triggering_event": str(event.id)},
        )
