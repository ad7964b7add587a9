from __future__ import annotations

import uvicorn

from dagflow.configuration import conf


def api_server(args) -> None:
    port = args.port or int(conf.get("api", "port"))
    uvicorn.run(
        "dagflow.api_fastapi.app:get_app",
        factory=True,
        host=conf.get("api", "host"),
        port=port,
        workers=int(conf.get("api", "workers", fallback=4)),
        proxy_headers=True,
    )
