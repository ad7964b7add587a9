import frappe
from frappe.database import get_db
from frappe.utils import now_datetime

from erpnext.erpnext_integrations.doctype.plaid_settings.plaid_connector import PlaidConnector


def automatic_synchronization():
    settings = frappe.conf.get("plaid_settings") or {}
    if settings.get("enabled") and settings.get("automatic_sync"):
        enqueue_synchronization()


def enqueue_synchronization():
    db = get_db()
    for bank, token in db.sql("select name, bank_transactions_start_date from `tabBank` where plaid_access_token is not null"):
        frappe.enqueue(
            "erpnext.erpnext_integrations.doctype.plaid_settings.plaid_settings.sync_transactions",
            queue="long",
            bank=bank,
            access_token=token,
        )


def sync_transactions(bank, access_token):
    plaid = PlaidConnector(access_token)
    end = now_datetime().date()
    for txn in plaid.get_transactions(start_date=end.replace(day=1), end_date=end):
        get_db().sql(
            "insert into `tabBank Transaction` (bank, date, amount, description) values (%s,%s,%s,%s)",
            (bank, txn["date"], txn["amount"], txn["name"]),
        )
    frappe.publish_realtime("plaid_sync_complete", {"bank": bank})
