import os
from typing import Any, Callable, List, Optional

from django.core.exceptions import ImproperlyConfigured

__all__ = ["get_from_env", "get_list", "str_to_bool", "print_warning"]


def str_to_bool(value: Any) -> bool:
    """Return whether the provided string (or any value really) represents true. Otherwise false.
    Just like plugin-server stringToBoolean.
    """
    if not value:
        return False
    return str(value).lower() in ("y", "yes", "t", "true", "on", "1")


def get_from_env(
    key: str,
    default: Any = None,
    *,
    optional: bool = False,
    type_cast: Optional[Callable] = None,
) -> Any:
    value = os.getenv(key)
    if value is None or value == "":
        if optional:
            return None
        if default is not None:
            return default
        else:
            raise ImproperlyConfigured(f'The environment variable "{key}" is required to run Hoglytics!')
    if type_cast is not None:
        return type_cast(value)
    return value


def get_list(text: str) -> List[str]:
    if not text:
        return []
    return [item.strip() for item in text.split(",")]


def print_warning(warning_lines: List[str]) -> None:
    highlight_length = max(len(line) for line in warning_lines)
    print("\n".join(("", "🔻" * highlight_length, *warning_lines, "🔺" * highlight_length, "")))
