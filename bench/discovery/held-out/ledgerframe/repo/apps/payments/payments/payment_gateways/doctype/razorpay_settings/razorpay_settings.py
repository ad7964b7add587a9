import json

import requests

import frappe

api_path = "https://api.razorpay.com/v1"


class RazorpaySettings:
    supported_currencies = ["INR"]

    def __init__(self):
        conf = frappe.conf.get("razorpay_settings") or {}
        self.api_key = conf.get("api_key")
        self.api_secret = conf.get("api_secret")

    def setup_addon(self, settings, **kwargs):
        url = f"{api_path}/subscriptions/{kwargs.get('subscription_id')}/addons"
        return requests.post(url, auth=(self.api_key, self.api_secret), json=settings).json()

    def create_order(self, amount, currency="INR", receipt=None):
        resp = requests.post(
            f"{api_path}/orders",
            auth=(self.api_key, self.api_secret),
            data={"amount": int(amount * 100), "currency": currency, "receipt": receipt},
        )
        resp.raise_for_status()
        return resp.json()

    def authorize_payment(self, razorpay_payment_id, amount):
        resp = requests.get(
            f"{api_path}/payments/{razorpay_payment_id}", auth=(self.api_key, self.api_secret)
        )
        data = resp.json()
        if data.get("status") == "authorized":
            requests.post(
                f"{api_path}/payments/{razorpay_payment_id}/capture",
                auth=(self.api_key, self.api_secret),
                data={"amount": amount},
            )
        return data


def capture_payment(is_sandbox=False, sanbox_response=None):
    """Scheduled every 15 minutes: capture authorized payments (enqueued to long queue)."""
    frappe.enqueue(
        "payments.payment_gateways.doctype.razorpay_settings.razorpay_settings._capture_pending",
        queue="long",
    )
