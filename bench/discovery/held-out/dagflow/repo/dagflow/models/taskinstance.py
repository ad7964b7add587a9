from __future__ import annotations

from sqlalchemy import Column, DateTime, Float, Integer, String, Text
from sqlalchemy.dialects.postgresql import UUID

from dagflow.models import ID_LEN, Base


class TaskInstance(Base):
    __tablename__ = "task_instance"

    id = Column(UUID(as_uuid=False), primary_key=True)
    task_id = Column(String(ID_LEN), nullable=False)
    dag_id = Column(String(ID_LEN), nullable=False)
    run_id = Column(String(ID_LEN), nullable=False)
    map_index = Column(Integer, nullable=False, server_default="-1")
    try_number = Column(Integer, default=0)
    state = Column(String(20))
    queue = Column(String(256))
    hostname = Column(String(1000))
    external_executor_id = Column(String(250))
    trigger_id = Column(Integer)
    next_method = Column(String(1000))
    next_kwargs = Column(Text)
    start_date = Column(DateTime(timezone=True))
    end_date = Column(DateTime(timezone=True))
    duration = Column(Float)
