from unittest.mock import patch

from nameko.testing.services import worker_factory

from notifications.mailer import MailerWrapper
from notifications.service import NotificationsService

ORDER = {
    "id": 12,
    "customer_email": "linus@example.com",
    "total_pence": 1990,
    "lines": [{"roast_id": "kenya-nyeri", "quantity": 2, "unit_price_pence": 995}],
}


def test_order_confirmation_is_sent():
    service = worker_factory(NotificationsService)
    service.send_order_confirmation({"order": ORDER})
    service.mailer.send.assert_called_once_with(
        "linus@example.com",
        "Your Copperkettle order #12",
        "order_confirmed.txt",
        order=ORDER,
    )


def test_receipt_fetches_order():
    service = worker_factory(
        NotificationsService, config={"FEATURES": {"send_receipts": "true"}}
    )
    service.orders_rpc.get_order.return_value = ORDER
    service.send_payment_receipt({
        "order_id": 12, "payment_reference": "pi_1", "amount_pence": 1990,
        "customer_email": "linus@example.com",
    })
    service.orders_rpc.get_order.assert_called_once_with(12)
    assert service.mailer.send.called


def test_receipts_feature_flag_off():
    service = worker_factory(
        NotificationsService, config={"FEATURES": {"send_receipts": "false"}}
    )
    service.send_payment_receipt({"order_id": 12})
    assert not service.mailer.send.called


@patch("notifications.mailer.smtplib.SMTP")
def test_mailer_wrapper_talks_smtp(smtp_cls):
    from jinja2 import DictLoader, Environment
    templates = Environment(loader=DictLoader({"t.txt": "hi {{ name }}"}))
    wrapper = MailerWrapper(
        {"host": "localhost", "port": 1025, "from_address": "test@localhost"}, templates
    )
    wrapper.send("x@example.com", "subject", "t.txt", name="x")
    smtp_cls.assert_called_once_with("localhost", 1025, timeout=10)
