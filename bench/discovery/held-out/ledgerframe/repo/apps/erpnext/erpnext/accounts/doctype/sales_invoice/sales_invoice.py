import frappe
from frappe.utils import cint


class SalesInvoice:
    def __init__(self, name, customer, grand_total, contact_email=None):
        self.name = name
        self.customer = customer
        self.grand_total = grand_total
        self.contact_email = contact_email

    def on_submit(self):
        self.make_gl_entries()
        if self.contact_email:
            frappe.enqueue(
                "erpnext.accounts.doctype.sales_invoice.sales_invoice.send_invoice_email",
                queue="short",
                invoice=self.name,
                recipient=self.contact_email,
            )

    def make_gl_entries(self):
        from frappe.database import get_db

        get_db().sql(
            "insert into `tabGL Entry` (voucher_no, party, debit) values (%s,%s,%s)",
            (self.name, self.customer, self.grand_total),
        )


def send_invoice_email(invoice, recipient):
    from frappe.database import get_db

    get_db().sql(
        "insert into `tabEmail Queue` (sender, recipients, message, status) values (%s,%s,%s,'Not Sent')",
        ("accounts@example.com", recipient, f"Subject: Invoice {invoice}\n\nPlease find attached."),
    )
