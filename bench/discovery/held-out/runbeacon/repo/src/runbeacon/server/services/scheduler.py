from datetime import datetime, timedelta, timezone

from croniter import croniter
from sqlalchemy import insert, select

from runbeacon.server.database.configurations import session_factory
from runbeacon.server.database.orm_models import Deployment, FlowRun
from runbeacon.server.services.base import LoopService


class Scheduler(LoopService):
    name = "Scheduler"
    loop_seconds = 60
    horizon = timedelta(hours=1)

    async def run_once(self):
        now = datetime.now(timezone.utc)
        async with session_factory()() as session:
            deployments = (await session.execute(select(Deployment).where(Deployment.schedule_cron.is_not(None)))).scalars()
            for d in deployments:
                it = croniter(d.schedule_cron, now)
                nxt = it.get_next(datetime)
                while nxt < now + self.horizon:
                    await session.execute(insert(FlowRun).values(
                        name=f"{d.name}-{nxt:%Y%m%d%H%M}", deployment_id=d.id, work_pool_id=d.work_pool_id,
                        state_type="SCHEDULED", expected_start_time=nxt))
                    nxt = it.get_next(datetime)
            await session.commit()
