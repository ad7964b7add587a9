"""Docker worker: runs each flow run in its own container via the local Docker daemon."""
import anyio
import docker

from runbeacon.workers.base import BaseWorker


class DockerWorker(BaseWorker):
    type = "docker"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.docker = docker.from_env()

    def _run_container(self, flow_run: dict, configuration: dict) -> int:
        image = configuration.get("image", "lumenfield/runbeacon:3.1.4-python3.12")
        if configuration.get("image_pull_policy", "IfNotPresent") == "Always":
            self.docker.images.pull(image)
        env = {**self.base_environment(flow_run), **configuration.get("env", {})}
        container = self.docker.containers.run(
            image,
            command=configuration.get("command", "python -m runbeacon.engine"),
            environment=env,
            name=f"flow-run-{flow_run['id'][:8]}",
            network=configuration.get("networks", [None])[0],
            labels={"io.runbeacon.flow-run-id": flow_run["id"]},
            auto_remove=configuration.get("auto_remove", True),
            detach=True,
        )
        result = container.wait()
        return result.get("StatusCode", 1)

    async def run(self, flow_run: dict, configuration: dict) -> int:
        return await anyio.to_thread.run_sync(self._run_container, flow_run, configuration)
