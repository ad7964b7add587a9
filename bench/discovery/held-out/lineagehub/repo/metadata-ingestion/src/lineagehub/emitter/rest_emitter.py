import functools
import json
import logging
import os
from typing import Any, Dict, List, Optional, Union

import requests
from requests.adapters import HTTPAdapter, Retry

from lineagehub.configuration.common import ConfigurationError, OperationalError
from lineagehub.emitter.mcp import MetadataChangeProposalWrapper
from lineagehub.metadata.com.lineagehub.pegasus2avro.mxe import MetadataChangeProposal

logger = logging.getLogger(__name__)

_DEFAULT_CONNECT_TIMEOUT_SEC = 30
_DEFAULT_READ_TIMEOUT_SEC = 30
_DEFAULT_RETRY_STATUS_CODES = [429, 502, 503, 504]
_DEFAULT_RETRY_METHODS = ["HEAD", "GET", "POST", "PUT", "DELETE", "OPTIONS", "TRACE"]
_DEFAULT_RETRY_MAX_TIMES = int(os.getenv("LINEAGEHUB_REST_EMITTER_DEFAULT_RETRY_MAX_TIMES", "4"))


class LineagehubRestEmitter:
    """Emits metadata to GMS through the Rest.li /aspects?action=ingestProposal endpoint."""

    def __init__(
        self,
        gms_server: str,
        token: Optional[str] = None,
        connect_timeout_sec: Optional[float] = None,
        read_timeout_sec: Optional[float] = None,
        extra_headers: Optional[Dict[str, str]] = None,
        disable_ssl_verification: bool = False,
    ):
        if not gms_server:
            raise ConfigurationError("gms server is required")
        self._gms_server = gms_server.rstrip("/")
        self._token = token
        self._session = requests.Session()
        self._session.headers.update(
            {
                "X-RestLi-Protocol-Version": "2.0.0",
                "Content-Type": "application/json",
            }
        )
        if token:
            self._session.headers.update({"Authorization": f"Bearer {token}"})
        if extra_headers:
            self._session.headers.update(extra_headers)
        if disable_ssl_verification:
            self._session.verify = False

        self._connect_timeout_sec = connect_timeout_sec or _DEFAULT_CONNECT_TIMEOUT_SEC
        self._read_timeout_sec = read_timeout_sec or _DEFAULT_READ_TIMEOUT_SEC

        retry_strategy = Retry(
            total=_DEFAULT_RETRY_MAX_TIMES,
            status_forcelist=_DEFAULT_RETRY_STATUS_CODES,
            backoff_factor=2,
            allowed_methods=_DEFAULT_RETRY_METHODS,
        )
        adapter = HTTPAdapter(max_retries=retry_strategy, pool_connections=100, pool_maxsize=100)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)
        self._session.request = functools.partial(  # type: ignore
            self._session.request, timeout=(self._connect_timeout_sec, self._read_timeout_sec)
        )

    def test_connection(self) -> Dict[str, Any]:
        response = self._session.get(f"{self._gms_server}/config")
        if response.status_code == 200:
            config: dict = response.json()
            if config.get("noCode") == "true":
                return config
        raise ConfigurationError(
            f"You seem to have connected to the frontend instead of the GMS endpoint. "
            f"The rest emitter should connect to LineageHub GMS (usually <host>:8080) or Frontend GMS API (usually <frontend>:9002/api/gms)"
        )

    def emit_mcp(
        self, mcp: Union[MetadataChangeProposal, MetadataChangeProposalWrapper], async_flag: Optional[bool] = None
    ) -> None:
        url = f"{self._gms_server}/aspects?action=ingestProposal"
        mcp_obj = mcp.to_obj()
        payload_dict: Dict[str, Any] = {"proposal": mcp_obj}
        if async_flag is not None:
            payload_dict["async"] = "true" if async_flag else "false"
        self._emit_generic(url, json.dumps(payload_dict))

    def emit_mcps(self, mcps: List[MetadataChangeProposalWrapper]) -> None:
        for mcp in mcps:
            self.emit_mcp(mcp)

    def _emit_generic(self, url: str, payload: str) -> None:
        try:
            response = self._session.post(url, data=payload)
            response.raise_for_status()
        except requests.exceptions.HTTPError as e:
            raise OperationalError("Unable to emit metadata to LineageHub GMS", {"message": str(e)}) from e
        except requests.exceptions.RequestException as e:
            raise OperationalError(
                "Unable to emit metadata to LineageHub GMS", {"message": str(e), "url": url}
            ) from e

    def flush(self) -> None:
        pass

    def close(self) -> None:
        self._session.close()


def LineagehubRestEmitterFromEnv() -> LineagehubRestEmitter:
    return LineagehubRestEmitter(
        gms_server=os.getenv("LINEAGEHUB_GMS_URL", "http://localhost:8080"),
        token=os.getenv("LINEAGEHUB_GMS_TOKEN"),
    )
