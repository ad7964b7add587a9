from __future__ import annotations

import importlib
import json

from sqlalchemy import Column, DateTime, Integer, String, Text

from dagflow.models import Base


class Trigger(Base):
    """A serialized deferral trigger, picked up and run by a triggerer process."""

    __tablename__ = "trigger"

    id = Column(Integer, primary_key=True)
    classpath = Column(String(1000), nullable=False)
    kwargs = Column(Text, nullable=False)
    created_date = Column(DateTime(timezone=True))
    triggerer_id = Column(Integer)

    def instantiate(self):
        module, _, name = self.classpath.rpartition(".")
        cls = getattr(importlib.import_module(module), name)
        return cls(**json.loads(self.kwargs))

    @classmethod
    def assign_unassigned(cls, session, triggerer_id: int, capacity: int) -> list[int]:
        rows = (
            session.query(cls.id)
            .filter(cls.triggerer_id.is_(None))
            .limit(capacity)
            .with_for_update(skip_locked=True)
            .all()
        )
        ids = [r.id for r in rows]
        if ids:
            session.query(cls).filter(cls.id.in_(ids)).update({cls.triggerer_id: triggerer_id}, synchronize_session=False)
        return ids
