import os
import typing


def getenv_boolean(variable_name: str, default: bool) -> bool:
    value = os.environ.get(variable_name)
    if value is None:
        return default
    return value.lower() in ("true", "1", "yes")


def getenv_integer(variable_name: str, default: int) -> int:
    value = os.environ.get(variable_name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


def getenv_list(variable_name: str, default: typing.List[str]) -> typing.List[str]:
    value = os.environ.get(variable_name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]
