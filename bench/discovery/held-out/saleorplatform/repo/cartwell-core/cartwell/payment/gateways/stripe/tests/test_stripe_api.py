from decimal import Decimal
from unittest.mock import Mock, patch

from stripe.error import AuthenticationError

from ..stripe_api import create_payment_intent, is_secret_api_key_valid


@patch("cartwell.payment.gateways.stripe.stripe_api.stripe.WebhookEndpoint.list")
def test_is_secret_api_key_valid_incorrect_key(mocked_list):
    mocked_list.side_effect = AuthenticationError()
    assert is_secret_api_key_valid("incorrect") is False


@patch("cartwell.payment.gateways.stripe.stripe_api.stripe.PaymentIntent.create")
def test_create_payment_intent(mocked_create):
    mocked_create.return_value = Mock(id="pi_123", status="succeeded")
    intent, error = create_payment_intent(
        api_key="sk_test_123", amount=Decimal("10.00"), currency="USD"
    )
    assert error is None
    assert intent.id == "pi_123"
    mocked_create.assert_called_once()
