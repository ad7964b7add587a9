from unittest.mock import call

import pytest
from nameko.testing.services import worker_factory

from orders.exceptions import NotFound
from orders.models import Order, OrderLine, OrderStatus
from orders.service import OrdersService


@pytest.fixture
def order(db_session):
    order = Order(customer_email="grace@example.com")
    db_session.add(order)
    db_session.add(OrderLine(order=order, roast_id="ethiopia-guji", quantity=2,
                             unit_price_pence=1150))
    db_session.commit()
    return order


def test_get_order(db_session, order):
    service = worker_factory(OrdersService, db=db_session)
    result = service.get_order(order.id)
    assert result["customer_email"] == "grace@example.com"
    assert result["total_pence"] == 2300


def test_get_missing_order(db_session):
    service = worker_factory(OrdersService, db=db_session)
    with pytest.raises(NotFound):
        service.get_order(999)


def test_create_order_dispatches_event(db_session):
    service = worker_factory(OrdersService, db=db_session)
    result = service.create_order(
        "grace@example.com",
        [{"roast_id": "kettle-house", "quantity": 1, "unit_price_pence": 3200}],
    )
    assert result["status"] == OrderStatus.PENDING
    assert service.event_dispatcher.call_args == call(
        "order_created", {"order": result}
    )


def test_payment_captured_marks_order_paid(db_session, order):
    service = worker_factory(OrdersService, db=db_session)
    service.handle_payment_captured(
        {"order_id": order.id, "payment_reference": "pi_3MtwBwLkdIwHu7ix28a3tqPa"}
    )
    assert db_session.query(Order).get(order.id).status == OrderStatus.PAID
