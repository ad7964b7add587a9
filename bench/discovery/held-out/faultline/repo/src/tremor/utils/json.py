import json as _json
from datetime import datetime
from uuid import UUID


class _Encoder(_json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, UUID):
            return o.hex
        return super().default(o)


def dumps(value, **kwargs) -> str:
    return _json.dumps(value, cls=_Encoder, separators=(",", ":"), **kwargs)


def loads(value):
    return _json.loads(value)
