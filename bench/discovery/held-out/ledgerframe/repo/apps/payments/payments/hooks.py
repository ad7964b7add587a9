app_name = "payments"
app_title = "Payments"

scheduler_events = {
    "all": [
        "payments.payment_gateways.doctype.razorpay_settings.razorpay_settings.capture_payment",
    ],
}
