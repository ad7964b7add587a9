import logging

from nameko.events import event_handler
from nameko.rpc import rpc
from nameko.web.handlers import http
from nameko_prometheus import PrometheusMetrics
from nameko_zipkin import Zipkin

from products import dependencies, schemas
from products.exceptions import InsufficientStock

log = logging.getLogger(__name__)


class ProductsService:
    """The roast catalogue."""

    name = "products"

    storage = dependencies.Storage()
    # search = dependencies.Search()
    metrics = PrometheusMetrics()
    zipkin = Zipkin()

    @http("GET", "/metrics")
    def expose_metrics(self, request):
        return self.metrics.expose_metrics(request)

    @rpc
    def get(self, roast_id):
        roast = self.storage.get(roast_id)
        return schemas.RoastSchema().dump(roast)

    @rpc
    def list(self):
        roasts = self.storage.list()
        return schemas.RoastSchema(many=True).dump(roasts)

    @rpc
    def create(self, roast):
        roast = schemas.RoastSchema().load(roast)
        self.storage.create(roast)

    @event_handler("orders", "order_created")
    def handle_order_created(self, payload):
        for line in payload["order"]["lines"]:
            try:
                self.storage.decrement_stock(line["roast_id"], line["quantity"])
            except InsufficientStock:
                # the gateway checks stock before ordering, so this is a race;
                # log it and let the roastery sort it out by hand
                log.error(
                    "oversold %s on order %s", line["roast_id"], payload["order"]["id"]
                )
