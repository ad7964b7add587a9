from nameko.exceptions import registry


def remote_error(exc_path):
    """Decorator that registers a remote exception with a matching path
    so that a remote ``OrderNotFound`` comes back as our local class."""
    def wrapper(exc_type):
        registry[exc_path] = exc_type
        return exc_type
    return wrapper


@remote_error("orders.exceptions.NotFound")
class OrderNotFound(Exception):
    pass


@remote_error("products.exceptions.NotFound")
class RoastNotFound(Exception):
    pass


@remote_error("payments.exceptions.PaymentDeclined")
class PaymentDeclined(Exception):
    pass


class OutOfStock(Exception):
    pass


class BadRequest(Exception):
    pass
