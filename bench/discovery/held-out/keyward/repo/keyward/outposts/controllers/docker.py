"""Docker controller"""

from time import sleep

from django.conf import settings
from django.utils.text import slugify
from docker import DockerClient as UpstreamDockerClient
from docker.errors import DockerException, NotFound
from docker.models.containers import Container
from docker.utils.utils import kwargs_from_env
from yaml import safe_dump

from keyward import __version__
from keyward.outposts.controllers.base import BaseClient, BaseController, ControllerException
from keyward.outposts.docker_ssh import DockerInlineSSH
from keyward.outposts.docker_tls import DockerInlineTLS
from keyward.outposts.models import DockerServiceConnection, Outpost, ServiceConnectionInvalid

DOCKER_MAX_ATTEMPTS = 10


class DockerClient(UpstreamDockerClient, BaseClient):
    """Custom docker client, which can handle TLS and SSH from a database."""

    def __init__(self, connection: DockerServiceConnection):
        self.tls = None
        self.ssh = None
        self.logger = self.logger.bind()
        if connection.local:
            # Same result as DockerClient.from_env
            super().__init__(**kwargs_from_env())
        else:
            parsed_url = connection.url
            tls_config = False
            if connection.url.startswith("ssh://"):
                self.ssh = DockerInlineSSH(parsed_url.hostname, connection.tls_authentication)
                self.ssh.write()
            elif connection.tls_verification:
                self.tls = DockerInlineTLS(
                    verification_kp=connection.tls_verification,
                    authentication_kp=connection.tls_authentication,
                )
                tls_config = self.tls.write()
            super().__init__(base_url=connection.url, tls=tls_config)
        self.logger = self.logger.bind(host=connection.name)
        # Ensure the client actually works
        self.containers.list()

    def fetch_state(self) -> str:
        try:
            return self.info()["ServerVersion"]
        except (ServiceConnectionInvalid, DockerException):
            return ""


class DockerController(BaseController):
    """Docker controller"""

    client: DockerClient
    container: Container
    connection: DockerServiceConnection

    def __init__(self, outpost: Outpost, connection: DockerServiceConnection) -> None:
        super().__init__(outpost, connection)
        if outpost.managed:
            raise ControllerException("Embedded outpost cannot be controlled")
        self.client = DockerClient(connection)

    @property
    def name(self) -> str:
        """Get the name of the object this reconciler manages"""
        return self.outpost.config.object_naming_template % {
            "name": slugify(self.outpost.name),
            "uuid": self.outpost.uuid.hex,
        }

    def _get_env(self) -> dict[str, str]:
        return {
            "KEYWARD_HOST": self.outpost.config.keyward_host.lower(),
            "KEYWARD_INSECURE": str(self.outpost.config.keyward_host_insecure).lower(),
            "KEYWARD_TOKEN": self.outpost.token.key,
            "KEYWARD_HOST_BROWSER": self.outpost.config.keyward_host_browser,
        }

    def _get_container(self) -> tuple[Container, bool]:
        try:
            return self.client.containers.get(self.name), False
        except NotFound:
            self.logger.info("(Re-)creating container...")
            image_name = self.get_container_image()
            self.client.images.pull(image_name)
            container_args = {
                "image": image_name,
                "name": self.name,
                "detach": True,
                "environment": self._get_env(),
                "labels": self._get_labels(),
                "restart_policy": {"Name": "unless-stopped"},
                "network": self.outpost.config.docker_network,
            }
            return self.client.containers.create(**container_args), True

    def up(self, depth=1):
        if self.outpost.managed:
            return None
        if depth >= DOCKER_MAX_ATTEMPTS:
            raise ControllerException("Giving up since we exceeded recursion limit.")
        container, has_been_created = self._get_container()
        if container.status != "running":
            container.start()
        return None
