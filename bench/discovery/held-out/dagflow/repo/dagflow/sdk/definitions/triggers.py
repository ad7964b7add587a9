from __future__ import annotations

import json


class TriggerEvent:
    def __init__(self, payload) -> None:
        self.payload = payload

    def payload_json(self) -> str:
        return json.dumps({"event": self.payload})


class BaseTrigger:
    """Async trigger executed by the triggerer once a task defers."""

    def serialize(self) -> tuple[str, dict]:
        raise NotImplementedError

    async def run(self):
        raise NotImplementedError
        yield  # pragma: no cover
