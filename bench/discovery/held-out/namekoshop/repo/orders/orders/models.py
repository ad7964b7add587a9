import datetime

from sqlalchemy import (
    Column, DateTime, ForeignKey, Integer, String,
)
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import relationship


class Base:
    created_at = Column(
        DateTime, default=datetime.datetime.utcnow, nullable=False
    )
    updated_at = Column(
        DateTime,
        default=datetime.datetime.utcnow,
        onupdate=datetime.datetime.utcnow,
        nullable=False,
    )


DeclarativeBase = declarative_base(cls=Base)


class OrderStatus:
    PENDING = "pending"
    PAID = "paid"
    ROASTING = "roasting"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class Order(DeclarativeBase):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True, autoincrement=True)
    customer_email = Column(String(254), nullable=False)
    status = Column(String(16), nullable=False, default=OrderStatus.PENDING)
    payment_reference = Column(String(64), nullable=True)

    @property
    def total_pence(self):
        return sum(line.quantity * line.unit_price_pence for line in self.lines)


class OrderLine(DeclarativeBase):
    __tablename__ = "order_lines"

    id = Column(Integer, primary_key=True, autoincrement=True)
    order_id = Column(
        Integer,
        ForeignKey("orders.id", name="fk_order_lines_orders"),
        nullable=False,
    )
    order = relationship(Order, backref="lines")
    roast_id = Column(String(64), nullable=False)
    quantity = Column(Integer, nullable=False)
    unit_price_pence = Column(Integer, nullable=False)
