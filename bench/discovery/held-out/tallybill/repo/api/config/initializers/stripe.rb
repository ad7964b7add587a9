# frozen_string_literal: true

Stripe.api_version = "2020-08-27"
Stripe.max_network_retries = 2
Stripe.set_app_info("Tallybill", url: "https://tallybill.example")
