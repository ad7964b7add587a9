class WebhookEventAsyncType:
    ANY = "any_events"
    ORDER_CREATED = "order_created"
    ORDER_UPDATED = "order_updated"
    PRODUCT_CREATED = "product_created"
    CHECKOUT_UPDATED = "checkout_updated"


class WebhookEventSyncType:
    PAYMENT_AUTHORIZE = "payment_authorize"
    CHECKOUT_CALCULATE_TAXES = "checkout_calculate_taxes"
    SHIPPING_LIST_METHODS_FOR_CHECKOUT = "shipping_list_methods_for_checkout"
