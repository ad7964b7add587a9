import logging

from celery import shared_task
from django.db.models import Sum

from .models import Order, Product

logger = logging.getLogger(__name__)


@shared_task
def update_stats():
    total_stock = Product.objects.aggregate(s=Sum("stock"))["s"] or 0
    orders = Order.objects.count()
    logger.info("stats: stock=%s orders=%s", total_stock, orders)
    return {"stock": total_stock, "orders": orders}


@shared_task
def sync_customer(customer_id):
    from .models import Customer

    c = Customer.objects.get(pk=customer_id)
    logger.info("synced customer %s", c.email)
