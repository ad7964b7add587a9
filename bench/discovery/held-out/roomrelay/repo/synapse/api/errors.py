class SynapseError(Exception):
    def __init__(self, code: int, msg: str, errcode: str = "M_UNKNOWN") -> None:
        super().__init__(msg)
        self.code = code
        self.errcode = errcode


class NotFoundError(SynapseError):
    def __init__(self, msg: str = "Not found") -> None:
        super().__init__(404, msg, "M_NOT_FOUND")
