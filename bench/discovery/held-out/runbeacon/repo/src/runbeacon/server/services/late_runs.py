from datetime import datetime, timedelta, timezone

from sqlalchemy import update

from runbeacon.server.database.configurations import session_factory
from runbeacon.server.database.orm_models import FlowRun
from runbeacon.server.services.base import LoopService


class MarkLateRuns(LoopService):
    name = "MarkLateRuns"
    loop_seconds = 5
    after = timedelta(seconds=15)

    async def run_once(self):
        cutoff = datetime.now(timezone.utc) - self.after
        async with session_factory()() as session:
            await session.execute(
                update(FlowRun)
                .where(FlowRun.state_type == "SCHEDULED", FlowRun.expected_start_time < cutoff)
                .values(state_type="LATE"))
            await session.commit()
