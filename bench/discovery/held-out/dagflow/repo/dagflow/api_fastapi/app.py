"""api-server ASGI app: UI + public REST API (/api/v2) + Task Execution API (/execution)."""
from __future__ import annotations

from fastapi import FastAPI

from dagflow import settings
from dagflow.configuration import conf


def create_app(apps: str = "all") -> FastAPI:
    app = FastAPI(title="dagflow API", version="2")
    parts = apps.split(",") if apps != "all" else ["core", "execution"]

    if "core" in parts:
        from dagflow.api_fastapi.core_api.routes import log as log_routes
        from dagflow.api_fastapi.auth import init_auth_manager

        app.include_router(log_routes.router, prefix="/api/v2")
        init_auth_manager(app)
    if "execution" in parts:
        from dagflow.api_fastapi.execution_api.app import create_task_execution_api_app

        app.mount("/execution", create_task_execution_api_app())

    @app.on_event("shutdown")
    def _dispose() -> None:
        settings.dispose_orm()

    @app.get("/api/v2/version")
    def version() -> dict:
        from dagflow import __version__

        return {"version": __version__}

    app.state.secret_key = conf.get("api", "secret_key")
    return app


cached_app = None


def get_app() -> FastAPI:
    global cached_app
    if cached_app is None:
        cached_app = create_app()
    return cached_app
