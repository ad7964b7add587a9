# Stripe gateway. Not configured in this deployment (no Stripe Settings record);
# only exercised by tests/test_stripe_mock.py with a patched client.
import frappe


class StripeSettings:
    supported_currencies = ["USD", "EUR", "GBP"]

    def create_request(self, data):
        import stripe

        stripe.api_key = self.get_password(fieldname="secret_key")
        return stripe.Charge.create(
            amount=int(data["amount"] * 100),
            currency=data["currency"],
            source=data["stripe_token_id"],
            description=data["description"],
        )

    def get_password(self, fieldname):
        return (frappe.conf.get("stripe_settings") or {}).get(fieldname)
