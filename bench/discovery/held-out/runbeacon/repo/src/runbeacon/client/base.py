"""HTTP plumbing shared by the async and sync Runbeacon clients."""
import httpx

from runbeacon.settings import get_current_settings

DEFAULT_EPHEMERAL_URL = "http://127.0.0.1:4200/api"


def api_url() -> str:
    return get_current_settings().api.url or DEFAULT_EPHEMERAL_URL


def client_kwargs() -> dict:
    s = get_current_settings().api
    headers = {"User-Agent": "runbeacon-client/3.1.4"}
    if s.key:
        headers["Authorization"] = f"Bearer {s.key}"
    return dict(base_url=api_url(), headers=headers, timeout=httpx.Timeout(s.request_timeout),
                transport=httpx.AsyncHTTPTransport(retries=3))
