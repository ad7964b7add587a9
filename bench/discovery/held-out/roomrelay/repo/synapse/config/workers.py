from typing import Any, Dict, List

import attr

from synapse.config._base import Config


@attr.s(slots=True, frozen=True, auto_attribs=True)
class InstanceLocationConfig:
    host: str
    port: int
    tls: bool = False


class WorkerConfig(Config):
    section = "worker"

    def read_config(self, config: Dict[str, Any], **kwargs: Any) -> None:
        self.worker_app = config.get("worker_app")
        self.worker_name = config.get("worker_name", "master")
        self.worker_replication_secret = config.get("worker_replication_secret", None)
        self.instance_map: Dict[str, InstanceLocationConfig] = {
            name: InstanceLocationConfig(**c) for name, c in config.get("instance_map", {}).items()
        }
        writers = config.get("stream_writers") or {}
        self.events_writers: List[str] = [writers["events"]] if isinstance(writers.get("events"), str) else writers.get("events", ["master"])
        self.send_federation = config.get("send_federation", True)
        self.federation_sender_instances = config.get("federation_sender_instances") or []
        pusher_instances = config.get("pusher_instances") or ["master"]
        self.start_pushers = self.worker_name in pusher_instances or (self.worker_app is None and pusher_instances == ["master"])
