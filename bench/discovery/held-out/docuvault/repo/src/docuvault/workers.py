import os

from uvicorn.workers import UvicornWorker


class ConfigurableWorker(UvicornWorker):
    CONFIG_KWARGS = {
        "root_path": os.getenv("DOCUVAULT_FORCE_SCRIPT_NAME", ""),
        "ws": "websockets",
    }
