from unittest import mock


def test_stripe_charge_is_mocked():
    """Stripe is never contacted; gateway logic is exercised against a mock client."""
    with mock.patch("stripe.Charge.create") as create:
        create.return_value = {"id": "ch_test", "status": "succeeded"}
        import stripe

        stripe.api_key = "sk_test_dummy"
        charge = stripe.Charge.create(amount=1000, currency="usd", source="tok_visa")
        assert charge["status"] == "succeeded"
