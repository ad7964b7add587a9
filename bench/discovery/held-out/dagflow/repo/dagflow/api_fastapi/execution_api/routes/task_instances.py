from __future__ import annotations

from datetime import datetime, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from dagflow import settings
from dagflow.models.taskinstance import TaskInstance

router = APIRouter()


class TIEnterRunningPayload(BaseModel):
    hostname: str
    pid: int
    start_date: datetime


class TITerminalStatePayload(BaseModel):
    state: str
    end_date: datetime


class TIDeferredPayload(BaseModel):
    classpath: str
    trigger_kwargs: dict
    next_method: str


@router.patch("/{ti_id}/run")
def ti_run(ti_id: str, payload: TIEnterRunningPayload) -> dict:
    session = settings.Session()
    ti = session.get(TaskInstance, ti_id)
    if ti is None:
        raise HTTPException(404, "task instance not found")
    ti.state, ti.hostname, ti.start_date = "running", payload.hostname, payload.start_date
    session.commit()
    return {"dag_id": ti.dag_id, "run_id": ti.run_id, "try_number": ti.try_number}


@router.patch("/{ti_id}/state")
def ti_update_state(ti_id: str, payload: TITerminalStatePayload) -> None:
    session = settings.Session()
    ti = session.get(TaskInstance, ti_id)
    ti.state, ti.end_date = payload.state, payload.end_date
    session.commit()


@router.patch("/{ti_id}/defer")
def ti_defer(ti_id: str, payload: TIDeferredPayload) -> None:
    import json

    from dagflow.models.trigger import Trigger

    session = settings.Session()
    trigger = Trigger(classpath=payload.classpath, kwargs=json.dumps(payload.trigger_kwargs),
                      created_date=datetime.now(timezone.utc))
    session.add(trigger)
    session.flush()
    ti = session.get(TaskInstance, ti_id)
    ti.state, ti.trigger_id, ti.next_method = "deferred", trigger.id, payload.next_method
    session.commit()


@router.put("/{ti_id}/heartbeat")
def ti_heartbeat(ti_id: str) -> None:
    return None
