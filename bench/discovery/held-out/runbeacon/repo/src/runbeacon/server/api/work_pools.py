from fastapi import APIRouter, Depends
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from runbeacon.server.database.configurations import session_dependency
from runbeacon.server.database.orm_models import FlowRun, WorkPool
from runbeacon.server.schemas.core import FlowRunRead, WorkerHeartbeat

router = APIRouter(prefix="/work_pools", tags=["Work Pools"])


@router.post("/{name}/workers/heartbeat")
async def worker_heartbeat(name: str, body: WorkerHeartbeat, session: AsyncSession = Depends(session_dependency)):
    await session.execute(update(WorkPool).where(WorkPool.name == name).values(status="READY"))
    await session.commit()
    return {}


@router.post("/{name}/get_scheduled_flow_runs", response_model=list[FlowRunRead])
async def get_scheduled_flow_runs(name: str, limit: int = 10, session: AsyncSession = Depends(session_dependency)):
    q = (
        select(FlowRun)
        .join(WorkPool, WorkPool.id == FlowRun.work_pool_id)
        .where(WorkPool.name == name, FlowRun.state_type == "SCHEDULED")
        .limit(limit)
    )
    return (await session.execute(q)).scalars().all()
