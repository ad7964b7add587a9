import logging

from nameko.events import EventDispatcher, event_handler
from nameko.rpc import rpc
from nameko_prometheus import PrometheusMetrics
from nameko_sqlalchemy import DatabaseSession
from nameko_zipkin import Zipkin
from nameko.web.handlers import http

from orders.exceptions import InvalidTransition, NotFound
from orders.models import DeclarativeBase, Order, OrderLine, OrderStatus
from orders.schemas import OrderSchema

log = logging.getLogger(__name__)


class OrdersService:
    name = "orders"

    db = DatabaseSession(DeclarativeBase)
    event_dispatcher = EventDispatcher()
    metrics = PrometheusMetrics()
    zipkin = Zipkin()

    @http("GET", "/metrics")
    def expose_metrics(self, request):
        return self.metrics.expose_metrics(request)

    @rpc
    def get_order(self, order_id):
        order = self.db.query(Order).get(order_id)
        if not order:
            raise NotFound("Order with id {} not found".format(order_id))
        return OrderSchema().dump(order)

    @rpc
    def create_order(self, customer_email, lines):
        order = Order(
            customer_email=customer_email,
            lines=[
                OrderLine(
                    roast_id=line["roast_id"],
                    quantity=line["quantity"],
                    unit_price_pence=line["unit_price_pence"],
                )
                for line in lines
            ],
        )
        self.db.add(order)
        self.db.commit()

        order = OrderSchema().dump(order)

        # products decrements stock, notifications sends the confirmation
        self.event_dispatcher("order_created", {"order": order})
        return order

    @rpc
    def update_status(self, order_id, status):
        order = self.db.query(Order).get(order_id)
        if not order:
            raise NotFound("Order with id {} not found".format(order_id))
        if order.status == OrderStatus.CANCELLED:
            raise InvalidTransition("Order {} is cancelled".format(order_id))
        order.status = status
        self.db.commit()
        return OrderSchema().dump(order)

    @rpc
    def delete_order(self, order_id):
        order = self.db.query(Order).get(order_id)
        self.db.delete(order)
        self.db.commit()

    @event_handler("payments", "payment_captured")
    def handle_payment_captured(self, payload):
        order = self.db.query(Order).get(payload["order_id"])
        if order is None:
            log.warning("payment for unknown order %s", payload["order_id"])
            return
        order.status = OrderStatus.PAID
        order.payment_reference = payload["payment_reference"]
        self.db.commit()
        log.info("order %s marked paid (%s)", order.id, order.payment_reference)
