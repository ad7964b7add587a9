"""Python task runner: spawned by the launcher, talks to the task broker over a websocket."""
import asyncio
import json
import logging
import os
import secrets
import sys
from dataclasses import dataclass
from urllib.parse import urlparse

import websockets

logger = logging.getLogger("task-runner-python")

DEFAULT_TASK_BROKER_URI = "http://127.0.0.1:5679"
WS_RUNNERS_PATH = "/runners/_ws"


@dataclass
class TaskRunnerConfig:
    grant_token: str
    task_broker_uri: str
    max_concurrency: int
    max_payload_size: int
    auto_shutdown_timeout: int

    @classmethod
    def from_env(cls) -> "TaskRunnerConfig":
        grant_token = os.getenv("NODELOOM_RUNNERS_GRANT_TOKEN", "")
        if not grant_token:
            raise ValueError("Environment variable NODELOOM_RUNNERS_GRANT_TOKEN is required")
        return cls(
            grant_token=grant_token,
            task_broker_uri=os.getenv("NODELOOM_RUNNERS_TASK_BROKER_URI", DEFAULT_TASK_BROKER_URI),
            max_concurrency=int(os.getenv("NODELOOM_RUNNERS_MAX_CONCURRENCY", "5")),
            max_payload_size=int(os.getenv("NODELOOM_RUNNERS_MAX_PAYLOAD", str(1024 * 1024 * 1024))),
            auto_shutdown_timeout=int(os.getenv("NODELOOM_RUNNERS_AUTO_SHUTDOWN_TIMEOUT", "0")),
        )


class TaskRunner:
    def __init__(self, config: TaskRunnerConfig):
        self.runner_id = secrets.token_hex(8)
        self.config = config
        self.running_tasks: dict[str, asyncio.Task] = {}
        host = urlparse(config.task_broker_uri).netloc
        self.websocket_url = f"ws://{host}{WS_RUNNERS_PATH}?id={self.runner_id}"
        self.websocket = None

    async def start(self) -> None:
        headers = {"Authorization": f"Bearer {self.config.grant_token}"}
        try:
            self.websocket = await websockets.connect(
                self.websocket_url,
                additional_headers=headers,
                max_size=self.config.max_payload_size,
            )
            logger.info("Connected to broker at %s", self.websocket_url)
            await self._listen()
        except OSError:
            logger.error("Failed to connect to broker at %s", self.config.task_broker_uri)
            raise

    async def _listen(self) -> None:
        async for raw in self.websocket:
            message = json.loads(raw)
            kind = message.get("type")
            if kind == "broker:inforequest":
                await self._send({"type": "runner:info", "name": "Python Task Runner", "types": ["python"]})
            elif kind == "broker:runnerregistered":
                asyncio.create_task(self._send_offers())
            elif kind == "broker:tasksettings":
                task_id = message["taskId"]
                self.running_tasks[task_id] = asyncio.create_task(
                    self._execute(task_id, message["settings"])
                )
            elif kind == "broker:taskcancel":
                task = self.running_tasks.pop(message["taskId"], None)
                if task:
                    task.cancel()

    async def _send_offers(self) -> None:
        while True:
            if len(self.running_tasks) < self.config.max_concurrency:
                await self._send(
                    {"type": "runner:taskoffer", "offerId": secrets.token_hex(8), "taskType": "python", "validFor": 5000}
                )
            await asyncio.sleep(0.25)

    async def _execute(self, task_id: str, settings: dict) -> None:
        scope: dict = {"items": settings.get("items", [])}
        try:
            exec(settings["code"], scope)  # noqa: S102 - sandboxing is done by the launcher/container
            await self._send({"type": "runner:taskdone", "taskId": task_id, "data": {"result": scope.get("result")}})
        except Exception as e:  # noqa: BLE001
            await self._send({"type": "runner:taskerror", "taskId": task_id, "error": {"message": str(e)}})
        finally:
            self.running_tasks.pop(task_id, None)

    async def _send(self, message: dict) -> None:
        await self.websocket.send(json.dumps(message))


async def main() -> None:
    logging.basicConfig(level=os.getenv("NODELOOM_RUNNERS_LAUNCHER_LOG_LEVEL", "INFO").upper())
    config = TaskRunnerConfig.from_env()
    runner = TaskRunner(config)
    await runner.start()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
