"""Type parsers used by ``tremor.conf.server.env`` and options."""
from __future__ import annotations

from typing import Any


class _Bool:
    name = "boolean"

    def __call__(self, value: Any = None) -> bool:
        if isinstance(value, bool):
            return value
        if value is None:
            return False
        return str(value).strip().lower() in ("y", "yes", "t", "true", "1", "on")


class _Int:
    def __call__(self, value: Any = None) -> int:
        return int(value or 0)


class _Float:
    def __call__(self, value: Any = None) -> float:
        return float(value or 0)


class _String:
    def __call__(self, value: Any = None) -> str:
        return "" if value is None else str(value)


Bool = _Bool()
Int = _Int()
Float = _Float()
String = _String()

_type_mapping = {bool: Bool, int: Int, float: Float, str: String}


def type_from_value(value: Any):
    return _type_mapping.get(type(value), String)
