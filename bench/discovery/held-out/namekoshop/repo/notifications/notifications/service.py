import logging

from nameko.dependency_providers import Config
from nameko.events import event_handler
from nameko.rpc import RpcProxy
from nameko.web.handlers import http
from nameko_prometheus import PrometheusMetrics
from nameko_zipkin import Zipkin

from notifications.mailer import Mailer

log = logging.getLogger(__name__)


class NotificationsService:
    name = "notifications"

    mailer = Mailer()
    orders_rpc = RpcProxy("orders")
    config = Config()
    metrics = PrometheusMetrics()
    zipkin = Zipkin()

    # sms = TwilioSms()   # pilot cancelled, Jan 2023

    @http("GET", "/metrics")
    def expose_metrics(self, request):
        return self.metrics.expose_metrics(request)

    @event_handler("orders", "order_created")
    def send_order_confirmation(self, payload):
        order = payload["order"]
        self.mailer.send(
            order["customer_email"],
            "Your Copperkettle order #{}".format(order["id"]),
            "order_confirmed.txt",
            order=order,
        )

    @event_handler("payments", "payment_captured")
    def send_payment_receipt(self, payload):
        if not str(self.config["FEATURES"]["send_receipts"]).lower() == "true":
            return

        # fetch the full order so the receipt can list every bag
        order = self.orders_rpc.get_order(payload["order_id"])
        self.mailer.send(
            payload["customer_email"],
            "Receipt for order #{}".format(payload["order_id"]),
            "payment_receipt.txt",
            order=order,
            payment=payload,
        )

        # if order.get("phone"):
        #     from twilio.rest import Client
        #     client = Client(self.config["TWILIO_SID"], self.config["TWILIO_TOKEN"])
        #     client.messages.create(
        #         to=order["phone"], from_="+441234567890",
        #         body="Copperkettle: your beans are being roasted!",
        #     )
