"""Reactive triggers: match incoming events against automations and fire actions."""
import fnmatch
import logging

from sqlalchemy import select

from runbeacon.server.database.configurations import session_factory
from runbeacon.server.database.orm_models import Automation
from runbeacon.server.events import actions
from runbeacon.server.events.messaging import create_event_consumer
from runbeacon.server.schemas.core import Event

logger = logging.getLogger("runbeacon.server.events.triggers")


class ReactiveTriggers:
    name = "ReactiveTriggers"

    async def load_automations(self) -> list[Automation]:
        async with session_factory()() as session:
            rows = await session.execute(select(Automation).where(Automation.enabled.is_(True)))
            return list(rows.scalars())

    async def handle(self, message):
        event = Event.model_validate_json(message.data)
        for automation in await self.load_automations():
            patterns = automation.trigger.get("match_event", [])
            if any(fnmatch.fnmatch(event.event, p) for p in patterns):
                logger.info("automation %s triggered by %s", automation.name, event.event)
                await actions.perform(automation, event)

    async def start(self):
        await create_event_consumer(subscription="reactive-triggers").run(self.handle)
