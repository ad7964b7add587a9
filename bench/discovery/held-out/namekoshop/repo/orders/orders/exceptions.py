class NotFound(Exception):
    pass


class InvalidTransition(Exception):
    pass
