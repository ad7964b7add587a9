"""FastAPI application factory for the Runbeacon API and UI."""
import asyncio
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from runbeacon.server.api import events, flow_runs, ui, work_pools
from runbeacon.server.database.configurations import get_engine, run_migrations
from runbeacon.server.events import stream
from runbeacon.settings import get_current_settings


def create_app(run_services: bool = True) -> FastAPI:
    settings = get_current_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.api.database_migrate_on_start:
            await run_migrations()
        background = []
        background.append(asyncio.create_task(stream.distributor()))
        if run_services:
            from runbeacon.server.services.base import run_all_services
            background.append(asyncio.create_task(run_all_services()))
        yield
        for t in background:
            t.cancel()
        await get_engine().dispose()

    api = FastAPI(title="Runbeacon REST API", version="3.1.4")
    api.include_router(flow_runs.router)
    api.include_router(work_pools.router)
    api.include_router(events.router)

    @api.get("/health")
    async def health():
        return {"status": "ok"}

    app = FastAPI(lifespan=lifespan)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])
    app.mount("/api", api)
    if settings.server.ui_enabled:
        app.mount("/", ui.create_ui_app())
    return app
