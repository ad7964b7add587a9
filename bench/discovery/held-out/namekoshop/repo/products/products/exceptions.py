class NotFound(Exception):
    pass


class InsufficientStock(Exception):
    pass
