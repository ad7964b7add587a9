"""Serve the pre-built Vue UI from the server process."""
import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from runbeacon.settings import get_current_settings

UI_BUILD = Path(__file__).parent.parent / "ui_build"


def create_ui_app() -> FastAPI:
    ui_app = FastAPI(title="Runbeacon UI")
    api_url = os.environ.get("RUNBEACON_UI_API_URL", "/api")

    @ui_app.get("/ui-settings")
    def ui_settings():
        return {"api_url": api_url, "flags": [], "csrf_enabled": False,
                "analytics": get_current_settings().server.analytics_enabled}

    if UI_BUILD.exists():
        ui_app.mount("/", StaticFiles(directory=UI_BUILD, html=True), name="ui")
    return ui_app
