from __future__ import annotations

import socket
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String

from dagflow import settings
from dagflow.models import Base


class Job(Base):
    """Heartbeat row for each long-running component (scheduler, triggerer, dag-processor)."""

    __tablename__ = "job"

    id = Column(Integer, primary_key=True)
    job_type = Column(String(30))
    state = Column(String(20))
    hostname = Column(String(500))
    latest_heartbeat = Column(DateTime(timezone=True))

    def heartbeat(self) -> None:
        session = settings.Session()
        self.hostname = socket.getfqdn()
        self.latest_heartbeat = datetime.now(timezone.utc)
        session.merge(self)
        session.commit()
