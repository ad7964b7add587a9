"""render_invoice: renders the order invoice to PDF and stores it in S3."""
import logging
from decimal import Decimal

import boto3
from jinja2 import Template
from maestroflow.client.worker.worker_task import worker_task
from opentelemetry import trace

from .. import config

log = logging.getLogger(__name__)
tracer = trace.get_tracer(__name__)

_s3 = boto3.client("s3", region_name=config.AWS_REGION)
_INVOICE_TEMPLATE = Template(
    """<html><body>
<h1>Kestrel Commerce - Invoice {{ order.orderId }}</h1>
<table>{% for l in order.lines %}<tr><td>{{ l.sku }}</td><td>{{ l.quantity }}</td><td>{{ l.unitPrice }}</td></tr>{% endfor %}</table>
<p>Total: {{ total }}</p>
</body></html>"""
)


def invoice_total(lines: list[dict]) -> Decimal:
    return sum((Decimal(str(l["unitPrice"])) * int(l["quantity"]) for l in lines), Decimal("0"))


def render_pdf(order: dict) -> bytes:
    from weasyprint import HTML

    html = _INVOICE_TEMPLATE.render(order=order, total=invoice_total(order["lines"]))
    return HTML(string=html).write_pdf()


@worker_task(task_definition_name="render_invoice", domain=config.WORKER_DOMAIN, poll_interval_millis=config.POLL_INTERVAL_MS)
def render_invoice(order: dict, shipment: dict) -> dict:
    with tracer.start_as_current_span("render_invoice"):
        key = f"invoices/{order['orderId']}.pdf"
        pdf = render_pdf(order)
        _s3.put_object(Bucket=config.INVOICE_BUCKET, Key=key, Body=pdf, ContentType="application/pdf")
        log.info("stored invoice s3://%s/%s", config.INVOICE_BUCKET, key)

        # Previously we re-fetched the label from SwiftFreight here; the HTTP task output is used now.
        # resp = requests.get(f"https://sandbox.api.swiftfreight.net/v2/shipments/{shipment['id']}/label")
        # label_url = resp.json()["labelUrl"]

        return {
            "invoiceKey": key,
            "invoiceUrl": f"s3://{config.INVOICE_BUCKET}/{key}",
            "total": str(invoice_total(order["lines"])),
            "trackingNumber": shipment.get("trackingNumber"),
        }
