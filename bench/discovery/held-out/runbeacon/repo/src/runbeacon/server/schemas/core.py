from datetime import datetime
from typing import Any, Optional
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field


class Event(BaseModel):
    id: UUID
    occurred: datetime
    event: str
    resource: dict[str, str]
    related: list[dict[str, str]] = Field(default_factory=list)
    payload: dict[str, Any] = Field(default_factory=dict)


class FlowRunRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: UUID
    name: str
    deployment_id: Optional[UUID] = None
    state_type: str
    state_message: Optional[str] = None
    expected_start_time: Optional[datetime] = None


class SetStateRequest(BaseModel):
    type: str
    message: Optional[str] = None


class WorkerHeartbeat(BaseModel):
    name: str
    heartbeat_interval_seconds: int = 30
