from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def render(order: dict) -> bytes:
    buf = BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    width, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, y, f"Packing slip - order {order['id'][:8]}")
    y -= 30
    c.setFont("Helvetica", 11)
    c.drawString(50, y, f"Ship to: {order['customer']['display_name'] or order['customer']['email']}")
    y -= 30
    for item in order["items"]:
        c.drawString(50, y, f"{item['quantity']} x {item['product']['sku']}  {item['product']['name']}")
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()
