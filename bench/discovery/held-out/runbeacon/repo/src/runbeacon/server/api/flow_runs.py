from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from runbeacon.server.database.configurations import session_dependency
from runbeacon.server.database.orm_models import FlowRun
from runbeacon.server.events.messaging import emit_event
from runbeacon.server.schemas.core import FlowRunRead, SetStateRequest

router = APIRouter(prefix="/flow_runs", tags=["Flow Runs"])


@router.get("/{id}", response_model=FlowRunRead)
async def read_flow_run(id: UUID, session: AsyncSession = Depends(session_dependency)):
    run = await session.get(FlowRun, id)
    if not run:
        raise HTTPException(404, "Flow run not found")
    return run


@router.post("/filter", response_model=list[FlowRunRead])
async def filter_flow_runs(limit: int = 200, session: AsyncSession = Depends(session_dependency)):
    rows = await session.execute(select(FlowRun).order_by(FlowRun.expected_start_time.desc()).limit(limit))
    return rows.scalars().all()


@router.post("/{id}/set_state")
async def set_flow_run_state(id: UUID, body: SetStateRequest, session: AsyncSession = Depends(session_dependency)):
    run = await session.get(FlowRun, id)
    if not run:
        raise HTTPException(404)
    previous = run.state_type
    run.state_type = body.type
    run.state_message = body.message
    await session.commit()
    await emit_event(
        event=f"runbeacon.flow-run.{body.type.title()}",
        resource={"runbeacon.resource.id": f"runbeacon.flow-run.{id}"},
        payload={"previous": previous},
    )
    return {"status": "ACCEPT"}
