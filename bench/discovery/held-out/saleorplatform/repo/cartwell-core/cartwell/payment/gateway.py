import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass
class PaymentData:
    gateway: str
    token: str | None
    amount: object
    currency: str
    customer_email: str | None
    additional_data: dict


def process_payment(payment, token, manager, channel_slug, amount, additional_data):
    payment_data = PaymentData(
        gateway=payment.gateway,
        token=token,
        amount=amount,
        currency=payment.currency,
        customer_email=payment.billing_email,
        additional_data=additional_data,
    )
    response = manager.process_payment(payment.gateway, payment_data, channel_slug)
    txn = payment.transactions.create(
        kind=response.kind,
        is_success=response.is_success,
        action_required=response.action_required,
        amount=response.amount,
        token=response.transaction_id,
        gateway_response=response.raw_response,
    )
    return txn
