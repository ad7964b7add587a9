import json

import pytest
from nameko.testing.services import worker_factory

from payments.exceptions import OrderNotPayable
from payments.service import PaymentsService


@pytest.fixture
def service():
    service = worker_factory(PaymentsService)
    service.idempotency.get.return_value = None
    service.orders_rpc.get_order.return_value = {
        "id": 7,
        "status": "pending",
        "total_pence": 2300,
        "customer_email": "ada@example.com",
    }
    service.provider.create_payment_intent.return_value = {
        "id": "pi_3N", "amount": 2300, "status": "succeeded",
    }
    return service


def test_take_payment_dispatches_captured(service):
    result = service.take_payment(7, "tok_visa", idempotency_key="abc")
    assert result["payment_reference"] == "pi_3N"
    service.dispatch.assert_called_once_with("payment_captured", {
        "order_id": 7,
        "payment_reference": "pi_3N",
        "amount_pence": 2300,
        "customer_email": "ada@example.com",
    })


def test_replay_uses_cached_result(service):
    service.idempotency.get.return_value = json.dumps({"payment_reference": "pi_old"})
    assert service.take_payment(7, "tok_visa", "abc") == {"payment_reference": "pi_old"}
    assert not service.provider.create_payment_intent.called


def test_paid_order_is_rejected(service):
    service.orders_rpc.get_order.return_value["status"] = "paid"
    with pytest.raises(OrderNotPayable):
        service.take_payment(7, "tok_visa")
