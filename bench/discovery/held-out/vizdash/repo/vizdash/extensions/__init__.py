from typing import Any, Callable, Optional

import celery
from flask import Flask
from flask_appbuilder import AppBuilder, SQLA
from flask_migrate import Migrate
from werkzeug.local import LocalProxy

from vizdash.async_events.async_query_manager_factory import (
    AsyncQueryManagerFactory,
)
from vizdash.utils.cache_manager import CacheManager
from vizdash.utils.feature_flag_manager import FeatureFlagManager
from vizdash.utils.machine_auth import MachineAuthProviderFactory
from vizdash.utils.results_backend_manager import ResultsBackendManager
from vizdash.stats_logger import BaseStatsLoggerManager


class UIManifestProcessor:
    def __init__(self, app_dir: str) -> None:
        self.app: Optional[Flask] = None
        self.manifest: dict[str, dict[str, list[str]]] = {}
        self.manifest_file = f"{app_dir}/static/assets/manifest.json"

    def init_app(self, app: Flask) -> None:
        self.app = app


APP_DIR = __import__("os").path.join(__import__("os").path.dirname(__file__), "..")
appbuilder = AppBuilder(update_perms=False)
async_query_manager_factory = AsyncQueryManagerFactory()
async_query_manager: Any = LocalProxy(
    async_query_manager_factory.instance
)
cache_manager = CacheManager()
celery_app = celery.Celery()
db = SQLA()
_event_logger: dict[str, Any] = {}
event_logger = LocalProxy(lambda: _event_logger.get("event_logger"))
feature_flag_manager = FeatureFlagManager()
machine_auth_provider_factory = MachineAuthProviderFactory()
manifest_processor = UIManifestProcessor(APP_DIR)
migrate = Migrate()
results_backend_manager = ResultsBackendManager()
security_manager: Callable[[], Any] = LocalProxy(lambda: appbuilder.sm)
stats_logger_manager = BaseStatsLoggerManager()
