from decimal import Decimal

import boto3
from moto import mock_s3

from kestrel_billing_worker.workers import render_invoice as ri


def test_invoice_total():
    lines = [{"sku": "A", "quantity": 2, "unitPrice": 9.99}, {"sku": "B", "quantity": 1, "unitPrice": 5}]
    assert ri.invoice_total(lines) == Decimal("24.98")


@mock_s3
def test_render_invoice_uploads(monkeypatch):
    s3 = boto3.client("s3", region_name="eu-west-1")
    s3.create_bucket(Bucket="kestrel-invoices", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    monkeypatch.setattr(ri, "_s3", s3)
    monkeypatch.setattr(ri, "render_pdf", lambda order: b"%PDF-1.4")

    out = ri.render_invoice.__wrapped__(
        order={"orderId": "O-1", "lines": [{"sku": "A", "quantity": 1, "unitPrice": 1}]},
        shipment={"trackingNumber": "SF123"},
    )
    assert out["invoiceKey"] == "invoices/O-1.pdf"
    assert s3.get_object(Bucket="kestrel-invoices", Key="invoices/O-1.pdf")["Body"].read() == b"%PDF-1.4"
