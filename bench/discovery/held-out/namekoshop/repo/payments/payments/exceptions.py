class PaymentDeclined(Exception):
    pass


class ProviderUnavailable(Exception):
    pass


class OrderNotPayable(Exception):
    pass
