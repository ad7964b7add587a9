"""http helpers"""
from requests.sessions import PreparedRequest, Session
from structlog.stdlib import get_logger

from keyward import get_full_version

LOGGER = get_logger()


def keyward_user_agent() -> str:
    """Get a common user agent"""
    return f"keyward@{get_full_version()}"


class DebugSession(Session):
    """requests session which logs http requests and responses"""

    def send(self, req: PreparedRequest, *args, **kwargs):
        request_id = str(id(req))
        LOGGER.debug("HTTP request sent", uid=request_id, url=req.url, method=req.method)
        resp = super().send(req, *args, **kwargs)
        LOGGER.debug("HTTP response received", uid=request_id, status=resp.status_code)
        return resp


def get_http_session() -> Session:
    """Get a requests session with common headers"""
    session = DebugSession()
    session.headers["User-Agent"] = keyward_user_agent()
    return session
