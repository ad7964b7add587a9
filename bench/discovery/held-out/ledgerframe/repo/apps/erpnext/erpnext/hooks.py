app_name = "erpnext"
app_title = "ERPNext"
required_apps = ["frappe"]

scheduler_events = {
    "hourly_long": [
        "erpnext.erpnext_integrations.doctype.plaid_settings.plaid_settings.automatic_synchronization",
        "erpnext.stock.reorder_item.reorder_item",
    ],
    "daily_long": [
        "erpnext.setup.doctype.email_digest.email_digest.send",
    ],
}

# Payment gateways are provided by the separate `payments` app (see apps.json)
# payment_gateway_enabled = "payments.utils.get_payment_gateway_controller"
