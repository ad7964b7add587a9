"""HTTP replication: workers call each other's `replication` listeners as
configured in `instance_map` (e.g. main on port 9093)."""
import abc
import logging
import urllib.parse
from typing import TYPE_CHECKING, Any, Dict

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class ReplicationEndpoint(metaclass=abc.ABCMeta):
    NAME: str = abc.abstractproperty()  # type: ignore
    PATH_ARGS: tuple = ()
    METHOD = "POST"

    @classmethod
    def make_client(cls, hs: "HomeServer"):
        client = hs.get_replication_client()
        instance_map = hs.config.worker.instance_map
        secret = hs.config.worker.worker_replication_secret

        async def send_request(*, instance_name: str = "main", **kwargs: Any) -> Dict:
            loc = instance_map[instance_name]
            data = await cls._serialize_payload(**kwargs)
            url_args = [urllib.parse.quote(kwargs[name], safe="") for name in cls.PATH_ARGS]
            uri = "http://%s:%s/_synapse/replication/%s/%s" % (
                loc.host, loc.port, cls.NAME, "/".join(url_args))
            headers = {"Authorization": [b"Bearer " + secret.encode()]} if secret else {}
            return await client.post_json_get_json(uri, data, headers=headers)

        return send_request

    @staticmethod
    @abc.abstractmethod
    async def _serialize_payload(**kwargs: Any) -> Dict:
        ...
