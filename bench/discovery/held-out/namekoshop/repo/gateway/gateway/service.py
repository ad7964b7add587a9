import json
import logging

from marshmallow import ValidationError
from nameko.rpc import RpcProxy
from nameko_prometheus import PrometheusMetrics
from nameko_zipkin import Zipkin
from werkzeug import Response

from gateway.entrypoints import http
from gateway.exceptions import (
    BadRequest, OrderNotFound, OutOfStock, PaymentDeclined, RoastNotFound,
)
from gateway.schemas import (
    CreateOrderSchema, GetOrderSchema, PaymentSchema, RoastSchema,
)

log = logging.getLogger(__name__)


class GatewayService:
    """
    Public HTTP face of Copperkettle Coffee. Everything behind it is
    reached over nameko RPC (AMQP).
    """

    name = "gateway"

    orders_rpc = RpcProxy("orders")
    products_rpc = RpcProxy("products")
    payments_rpc = RpcProxy("payments")

    metrics = PrometheusMetrics()
    zipkin = Zipkin()

    @http("GET", "/health")
    def health(self, request):
        # liveness only: does not touch the broker
        return 200, json.dumps({"status": "ok"})

    @http("GET", "/metrics")
    def expose_metrics(self, request):
        return self.metrics.expose_metrics(request)

    @http("GET", "/roasts/<string:roast_id>", expected_exceptions=RoastNotFound)
    def get_roast(self, request, roast_id):
        roast = self.products_rpc.get(roast_id)
        return Response(RoastSchema().dumps(roast), mimetype="application/json")

    @http("GET", "/roasts")
    def list_roasts(self, request):
        roasts = self.products_rpc.list()
        return Response(
            RoastSchema(many=True).dumps(roasts), mimetype="application/json"
        )

    @http("POST", "/roasts", expected_exceptions=(ValidationError, BadRequest))
    def create_roast(self, request):
        schema = RoastSchema()
        try:
            roast_data = schema.loads(request.get_data(as_text=True))
        except ValueError as exc:
            raise BadRequest("Invalid json: {}".format(exc))

        self.products_rpc.create(roast_data)
        return Response(
            json.dumps({"id": roast_data["id"]}), mimetype="application/json"
        )

    @http("GET", "/orders/<int:order_id>", expected_exceptions=OrderNotFound)
    def get_order(self, request, order_id):
        order = self._get_order(order_id)
        return Response(GetOrderSchema().dumps(order), mimetype="application/json")

    def _get_order(self, order_id):
        order = self.orders_rpc.get_order(order_id)

        # Enrich each line with the roast details from the catalogue.
        roasts = {r["id"]: r for r in self.products_rpc.list()}
        for line in order["lines"]:
            line["roast"] = roasts.get(line["roast_id"])
        return order

    @http(
        "POST", "/orders",
        expected_exceptions=(ValidationError, RoastNotFound, OutOfStock, BadRequest),
    )
    def create_order(self, request):
        schema = CreateOrderSchema()
        try:
            order_data = schema.loads(request.get_data(as_text=True))
        except ValueError as exc:
            raise BadRequest("Invalid json: {}".format(exc))

        order_id = self._create_order(order_data)
        return Response(json.dumps({"id": order_id}), mimetype="application/json")

    def _create_order(self, order_data):
        roasts = {r["id"]: r for r in self.products_rpc.list()}

        lines = []
        for line in order_data["lines"]:
            roast = roasts.get(line["roast_id"])
            if roast is None:
                raise RoastNotFound("Roast Id {}".format(line["roast_id"]))
            if roast["in_stock"] < line["quantity"]:
                raise OutOfStock(
                    "Only {} bags of {} left".format(roast["in_stock"], roast["name"])
                )
            lines.append({
                "roast_id": roast["id"],
                "quantity": line["quantity"],
                "unit_price_pence": roast["price_pence"],
            })

        result = self.orders_rpc.create_order(order_data["customer_email"], lines)
        return result["id"]

    @http(
        "POST", "/orders/<int:order_id>/payment",
        expected_exceptions=(ValidationError, OrderNotFound, PaymentDeclined, BadRequest),
    )
    def pay_order(self, request, order_id):
        try:
            payment = PaymentSchema().loads(request.get_data(as_text=True))
        except ValueError as exc:
            raise BadRequest("Invalid json: {}".format(exc))

        idempotency_key = request.headers.get("Idempotency-Key")
        result = self.payments_rpc.take_payment(
            order_id, payment["card_token"], idempotency_key=idempotency_key
        )
        return Response(json.dumps(result), mimetype="application/json")
