import json
import logging
import uuid

from nameko.events import EventDispatcher
from nameko.rpc import RpcProxy, rpc
from nameko.web.handlers import http
from nameko_prometheus import PrometheusMetrics
from nameko_redis import Redis
from nameko_zipkin import Zipkin

from payments.exceptions import OrderNotPayable
from payments.provider import PaymentProvider

log = logging.getLogger(__name__)

IDEMPOTENCY_TTL = 60 * 60 * 24


class PaymentsService:
    name = "payments"

    orders_rpc = RpcProxy("orders")
    provider = PaymentProvider()
    idempotency = Redis("idempotency")
    dispatch = EventDispatcher()
    metrics = PrometheusMetrics()
    zipkin = Zipkin()

    @http("GET", "/metrics")
    def expose_metrics(self, request):
        return self.metrics.expose_metrics(request)

    @rpc
    def take_payment(self, order_id, card_token, idempotency_key=None):
        idempotency_key = idempotency_key or "order-{}-{}".format(order_id, uuid.uuid4())
        cache_key = "payments:idem:{}".format(idempotency_key)

        cached = self.idempotency.get(cache_key)
        if cached:
            log.info("replaying payment result for %s", idempotency_key)
            return json.loads(cached)

        order = self.orders_rpc.get_order(order_id)
        if order["status"] != "pending":
            raise OrderNotPayable("Order {} is {}".format(order_id, order["status"]))

        intent = self.provider.create_payment_intent(
            amount_pence=order["total_pence"],
            card_token=card_token,
            order_id=order_id,
            idempotency_key=idempotency_key,
        )

        result = {
            "order_id": order_id,
            "payment_reference": intent["id"],
            "amount_pence": intent["amount"],
            "status": intent["status"],
        }
        self.idempotency.set(cache_key, json.dumps(result), ex=IDEMPOTENCY_TTL)

        if intent["status"] == "succeeded":
            self.dispatch("payment_captured", {
                "order_id": order_id,
                "payment_reference": intent["id"],
                "amount_pence": intent["amount"],
                "customer_email": order["customer_email"],
            })
        return result

    @rpc
    def refund(self, payment_reference):
        return self.provider.refund(payment_reference)
