"""Pluggable messaging. The broker module is chosen by RUNBEACON_MESSAGING_BROKER
(default: in-memory). Each broker module exposes Publisher, Consumer and ephemeral_subscription."""
import importlib
from typing import Any, AsyncContextManager, Callable, Protocol

from runbeacon.settings import get_current_settings


class Message(Protocol):
    data: bytes
    attributes: dict


class Publisher(Protocol):
    async def publish_data(self, data: bytes, attributes: dict) -> None: ...


class Consumer(Protocol):
    async def run(self, handler: Callable[[Message], Any]) -> None: ...


def _broker_module():
    return importlib.import_module(get_current_settings().messaging.broker)


def create_publisher(topic: str, deduplicate_by: str | None = None) -> AsyncContextManager[Publisher]:
    return _broker_module().Publisher(topic, deduplicate_by=deduplicate_by)


def create_consumer(topic: str, **kwargs) -> Consumer:
    return _broker_module().Consumer(topic, **kwargs)


def ephemeral_subscription(topic: str):
    return _broker_module().ephemeral_subscription(topic)
