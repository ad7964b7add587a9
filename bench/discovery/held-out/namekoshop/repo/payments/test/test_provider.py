import pytest
import requests
import responses

from payments.exceptions import PaymentDeclined
from payments.provider import STRIPE_API_BASE, StripeClient


@pytest.fixture
def client():
    return StripeClient(requests.Session(), STRIPE_API_BASE, "gbp", timeout=2)


@responses.activate
def test_create_payment_intent(client):
    responses.add(
        responses.POST,
        "https://api.stripe.com/v1/payment_intents",
        json={"id": "pi_123", "amount": 2300, "status": "succeeded"},
        status=200,
    )
    intent = client.create_payment_intent(2300, "tok_visa", 7, "idem-1")
    assert intent["id"] == "pi_123"
    assert responses.calls[0].request.headers["Idempotency-Key"] == "idem-1"


@responses.activate
def test_declined(client):
    responses.add(
        responses.POST,
        "https://api.stripe.com/v1/payment_intents",
        json={"error": {"type": "card_error", "decline_code": "insufficient_funds"}},
        status=402,
    )
    with pytest.raises(PaymentDeclined):
        client.create_payment_intent(2300, "tok_chargeDeclined", 7, "idem-2")
