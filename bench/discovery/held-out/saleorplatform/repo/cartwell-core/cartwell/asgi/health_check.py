from asgiref.typing import (
    ASGI3Application,
    ASGIReceiveCallable,
    ASGISendCallable,
    Scope,
)


def health_check(application: ASGI3Application, health_url: str) -> ASGI3Application:
    """Return a 200 response for the configured health check URL.

    Load balancers and the compose smoke test poll this endpoint; it must never
    touch the database so that a slow Postgres does not take the pod out of rotation.
    """

    async def health_check_wrapper(
        scope: Scope, receive: ASGIReceiveCallable, send: ASGISendCallable
    ) -> None:
        if scope.get("type") == "http" and scope.get("path") == health_url:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"text/plain")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        await application(scope, receive, send)

    return health_check_wrapper
