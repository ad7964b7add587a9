from __future__ import annotations

from typing import Any


class OptionsStore:
    """Very small stand-in for tremor's options manager: layered defaults
    (tremor.conf.py TREMOR_OPTIONS, then config.yml) with optional DB-backed
    overrides stored in Postgres (tremor_option table)."""

    def __init__(self) -> None:
        self._defaults: dict[str, Any] = {}

    def set_default(self, key: str, value: Any) -> None:
        self._defaults[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        from tremor.models.option import Option

        try:
            return Option.objects.get_value(key)
        except Option.DoesNotExist:
            return self._defaults.get(key, default)


options_store = OptionsStore()


def get(key: str, default: Any = None) -> Any:
    return options_store.get(key, default)
