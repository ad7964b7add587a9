"""Run all enabled background services in one event loop (used by `runbeacon server services start`)."""
import asyncio
import logging

from runbeacon.settings import get_current_settings

logger = logging.getLogger("runbeacon.server.services")


def enabled_services():
    s = get_current_settings()
    services = []
    if s.api.services_scheduler_enabled:
        from runbeacon.server.services.scheduler import Scheduler
        services.append(Scheduler())
    if s.api.services_late_runs_enabled:
        from runbeacon.server.services.late_runs import MarkLateRuns
        services.append(MarkLateRuns())
    if s.api.services_event_persister_enabled:
        from runbeacon.server.events.services.event_persister import EventPersister
        services.append(EventPersister())
    if s.api.services_triggers_enabled:
        from runbeacon.server.events.triggers import ReactiveTriggers
        services.append(ReactiveTriggers())
    if s.server.analytics_enabled:
        from runbeacon.server.services.telemetry import Telemetry
        services.append(Telemetry())
    return services


async def run_all_services():
    services = enabled_services()
    logger.info("starting services: %s", ", ".join(s.name for s in services))
    await asyncio.gather(*(s.start() for s in services))


class LoopService:
    name = "LoopService"
    loop_seconds: float = 60

    async def run_once(self):
        raise NotImplementedError

    async def start(self):
        while True:
            try:
                await self.run_once()
            except Exception:
                logger.exception("%s iteration failed", self.name)
            await asyncio.sleep(self.loop_seconds)
