"""Event ingest (/events/in) and live stream (/events/out) websockets."""
from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from runbeacon.server.events import stream
from runbeacon.server.events.messaging import create_event_publisher
from runbeacon.server.schemas.core import Event

router = APIRouter(prefix="/events", tags=["Events"])


@router.post("")
async def create_events(events: list[Event]):
    async with create_event_publisher() as publisher:
        for event in events:
            await publisher.publish_event(event)


@router.websocket("/in")
async def stream_events_in(websocket: WebSocket):
    await websocket.accept()
    async with create_event_publisher() as publisher:
        try:
            while True:
                raw = await websocket.receive_json()
                await publisher.publish_event(Event.model_validate(raw))
        except WebSocketDisconnect:
            pass


@router.websocket("/out")
async def stream_events_out(websocket: WebSocket):
    await websocket.accept()
    async with stream.events() as subscription:
        async for event in subscription:
            await websocket.send_json(event.model_dump(mode="json"))
