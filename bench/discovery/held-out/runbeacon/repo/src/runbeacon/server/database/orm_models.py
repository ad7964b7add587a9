import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=uuid.uuid4)
    created: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), server_default=sa.func.now())


class Flow(Base):
    __tablename__ = "flow"
    name: Mapped[str] = mapped_column(sa.String, unique=True)


class WorkPool(Base):
    __tablename__ = "work_pool"
    name: Mapped[str] = mapped_column(sa.String, unique=True)
    type: Mapped[str] = mapped_column(sa.String, default="process")
    status: Mapped[str] = mapped_column(sa.String, default="NOT_READY")
    base_job_template: Mapped[dict] = mapped_column(sa.JSON, default=dict)


class Deployment(Base):
    __tablename__ = "deployment"
    name: Mapped[str] = mapped_column(sa.String)
    flow_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("flow.id"))
    work_pool_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("work_pool.id"), nullable=True)
    schedule_cron: Mapped[str] = mapped_column(sa.String, nullable=True)
    job_variables: Mapped[dict] = mapped_column(sa.JSON, default=dict)


class FlowRun(Base):
    __tablename__ = "flow_run"
    name: Mapped[str] = mapped_column(sa.String)
    deployment_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("deployment.id"), nullable=True)
    work_pool_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("work_pool.id"), nullable=True)
    state_type: Mapped[str] = mapped_column(sa.String, default="SCHEDULED")
    state_message: Mapped[str] = mapped_column(sa.Text, nullable=True)
    expected_start_time: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), nullable=True)


class EventRecord(Base):
    __tablename__ = "events"
    occurred: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True))
    event: Mapped[str] = mapped_column(sa.String, index=True)
    resource_id: Mapped[str] = mapped_column(sa.String, index=True)
    payload: Mapped[dict] = mapped_column(sa.JSON, default=dict)


class Automation(Base):
    __tablename__ = "automation"
    name: Mapped[str] = mapped_column(sa.String)
    trigger: Mapped[dict] = mapped_column(sa.JSON)
    actions: Mapped[list] = mapped_column(sa.JSON)
    enabled: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class BlockDocument(Base):
    __tablename__ = "block_document"
    name: Mapped[str] = mapped_column(sa.String)
    block_type_slug: Mapped[str] = mapped_column(sa.String)
    data: Mapped[dict] = mapped_column(sa.JSON)
