from datetime import datetime, timedelta, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from . import packing_slip, storage
from .graph import ORDER_FOR_SLIP, SET_SLIP_KEY, STALE_SLIPS, GraphClient
from .settings import Settings, get_settings

app = FastAPI(title="fulfillment")


def verify(x_actions_secret: str = Header(default=""), settings: Settings = Depends(get_settings)) -> None:
    if x_actions_secret != settings.actions_shared_secret:
        raise HTTPException(status_code=401, detail="unauthorized")


class EventData(BaseModel):
    old: dict | None = None
    new: dict | None = None


class Event(BaseModel):
    op: str
    data: EventData


class EventPayload(BaseModel):
    id: str
    event: Event
    trigger: dict


class CronPayload(BaseModel):
    name: str
    scheduled_time: datetime
    payload: dict = {}


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.post("/events/order-paid", dependencies=[Depends(verify)])
def order_paid(body: EventPayload) -> dict:
    new, old = body.event.data.new or {}, body.event.data.old or {}
    if new.get("status") != "paid" or old.get("status") == "paid":
        return {"skipped": True}
    graph = GraphClient()
    order = graph.execute(ORDER_FOR_SLIP, {"id": new["id"]})["orders_by_pk"]
    key = storage.upload_slip(order["id"], packing_slip.render(order))
    graph.execute(SET_SLIP_KEY, {"id": order["id"], "key": key})
    return {"key": key}


@app.post("/cron/purge-slips", dependencies=[Depends(verify)])
def purge_slips(body: CronPayload) -> dict:
    days = int(body.payload.get("older_than_days", 90))
    before = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
    rows = GraphClient().execute(STALE_SLIPS, {"before": before})["orders"]
    return {"deleted": storage.delete_slips([r["packing_slip_key"] for r in rows])}
