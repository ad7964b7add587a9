"""outpost tasks"""

from os import R_OK, access
from pathlib import Path
from socket import gethostname
from typing import Any
from urllib.parse import urlparse

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.core.cache import cache
from django.db import DatabaseError, InternalError, ProgrammingError
from docker.constants import DEFAULT_UNIX_SOCKET
from kubernetes.config.incluster_config import SERVICE_TOKEN_FILENAME
from kubernetes.config.kube_config import KUBE_CONFIG_DEFAULT_LOCATION
from structlog.stdlib import get_logger

from keyward.events.system_tasks import SystemTask, TaskStatus, prefill_task
from keyward.lib.config import CONFIG
from keyward.outposts.consumer import OUTPOST_GROUP
from keyward.outposts.controllers.base import BaseController, ControllerException
from keyward.outposts.controllers.docker import DockerClient
from keyward.outposts.controllers.kubernetes import KubernetesClient
from keyward.outposts.models import (
    DockerServiceConnection,
    KubernetesServiceConnection,
    Outpost,
    OutpostServiceConnection,
    OutpostState,
    OutpostType,
)
from keyward.root.celery import CELERY_APP

LOGGER = get_logger()
CACHE_KEY_OUTPOST_DOWN = "keyward.example/outposts/teardown/%s"


def controller_for_outpost(outpost: Outpost) -> type[BaseController] | None:
    """Get a controller for the outpost, when a service connection is defined"""
    if not outpost.service_connection:
        return None
    service_connection = outpost.service_connection
    if outpost.type == OutpostType.PROXY:
        from keyward.providers.proxy.controllers.docker import ProxyDockerController
        from keyward.providers.proxy.controllers.kubernetes import ProxyKubernetesController

        if isinstance(service_connection, DockerServiceConnection):
            return ProxyDockerController
        if isinstance(service_connection, KubernetesServiceConnection):
            return ProxyKubernetesController
    if outpost.type == OutpostType.LDAP:
        from keyward.providers.ldap.controllers.docker import LDAPDockerController
        from keyward.providers.ldap.controllers.kubernetes import LDAPKubernetesController

        if isinstance(service_connection, DockerServiceConnection):
            return LDAPDockerController
        if isinstance(service_connection, KubernetesServiceConnection):
            return LDAPKubernetesController
    if outpost.type == OutpostType.RADIUS:
        from keyward.providers.radius.controllers.docker import RadiusDockerController
        from keyward.providers.radius.controllers.kubernetes import RadiusKubernetesController

        if isinstance(service_connection, DockerServiceConnection):
            return RadiusDockerController
        if isinstance(service_connection, KubernetesServiceConnection):
            return RadiusKubernetesController
    return None


@CELERY_APP.task(bind=True, base=SystemTask)
@prefill_task
def outpost_controller(self: SystemTask, outpost_pk: str, action: str = "up", from_cache: bool = False):
    """Create/update/monitor/delete the deployment of an Outpost"""
    logs = []
    if from_cache:
        outpost: Outpost = cache.get(CACHE_KEY_OUTPOST_DOWN % outpost_pk)
    else:
        outpost: Outpost = Outpost.objects.filter(pk=outpost_pk).first()
    if not outpost:
        return
    self.set_uid(outpost.name)
    try:
        controller_type = controller_for_outpost(outpost)
        if not controller_type:
            return
        with controller_type(outpost, outpost.service_connection) as controller:
            logs = getattr(controller, f"{action}_with_logs")()
    except (ControllerException, TypeError) as exc:
        self.set_error(exc)
    else:
        self.set_status(TaskStatus.SUCCESSFUL, *logs)


@CELERY_APP.task()
def outpost_controller_all():
    """Launch Controller for all Outposts which support it"""
    for outpost in Outpost.objects.exclude(service_connection=None):
        outpost_controller.delay(outpost.pk.hex, "up", from_cache=False)


@CELERY_APP.task(bind=True, base=SystemTask)
def outpost_connection_discovery(self: SystemTask):
    """Checks the local environment and create Service connections."""
    messages = []
    if not CONFIG.get_bool("outposts.discover"):
        self.set_status(TaskStatus.WARNING, "Outpost integration discovery is disabled")
        return
    # Explicitly check against token filename, as that's
    # only present when the integration is enabled
    if Path(SERVICE_TOKEN_FILENAME).exists():
        messages.append("Detected in-cluster Kubernetes Config")
        if not KubernetesServiceConnection.objects.filter(local=True).exists():
            messages.append("Created Service Connection for in-cluster")
            KubernetesServiceConnection.objects.create(name="Local Kubernetes Cluster", local=True, kubeconfig={})
    unix_socket_path = urlparse(DEFAULT_UNIX_SOCKET).path
    socket = Path(unix_socket_path)
    if socket.exists() and access(socket, R_OK):
        messages.append("Detected local docker socket")
        if len(DockerServiceConnection.objects.filter(local=True)) == 0:
            messages.append("Created Service Connection for docker")
            DockerServiceConnection.objects.create(name="Local Docker connection", local=True, url=unix_socket_path)
    self.set_status(TaskStatus.SUCCESSFUL, *messages)


@CELERY_APP.task()
def outpost_send_update(pk: Any):
    """Update outpost instance"""
    outpost = Outpost.objects.filter(pk=pk).first()
    if not outpost:
        return
    # Ensure token again, because this function is called when anything related to an
    # OutpostModel is saved, so we can be sure permissions are right
    _ = outpost.token
    outpost.build_user_permissions(outpost.user)
    layer = get_channel_layer()
    group = OUTPOST_GROUP % {"outpost_pk": str(outpost.pk)}
    LOGGER.debug("sending update", channel=group, outpost=outpost)
    async_to_sync(layer.group_send)(group, {"type": "event.update"})
