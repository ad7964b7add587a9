from __future__ import annotations

import logging
from typing import Any

from flask import Flask

from vizdash.extensions import (
    appbuilder,
    async_query_manager_factory,
    cache_manager,
    celery_app,
    db,
    feature_flag_manager,
    migrate,
    results_backend_manager,
    stats_logger_manager,
)

logger = logging.getLogger(__name__)


class VizdashAppInitializer:
    def __init__(self, app: Flask) -> None:
        self.vizdash_app = app
        self.config = app.config
        self.manifest: dict[Any, Any] = {}

    def pre_init(self) -> None:
        """Called before all other init tasks are complete"""
        wtforms_json_init = __import__("wtforms_json").init
        wtforms_json_init()

    def configure_celery(self) -> None:
        celery_app.config_from_object(self.config["CELERY_CONFIG"])
        celery_app.set_default()
        vizdash_app = self.vizdash_app

        # Here, we want to ensure that every call into Celery task has an app context
        # setup properly
        task_base = celery_app.Task

        class AppContextTask(task_base):  # type: ignore
            # See https://github.com/celery/celery/pull/5015
            abstract = True

            # Grab each call into the task and set up an app context
            def __call__(self, *args: Any, **kwargs: Any) -> Any:
                with vizdash_app.app_context():
                    return task_base.__call__(self, *args, **kwargs)

        celery_app.Task = AppContextTask

    def setup_db(self) -> None:
        db.init_app(self.vizdash_app)

        with self.vizdash_app.app_context():
            from vizdash.models.core import pessimistic_connection_handling

            pessimistic_connection_handling(db.engine)

        migrate.init_app(self.vizdash_app, db=db, directory="vizdash/migrations")

    def configure_cache(self) -> None:
        cache_manager.init_app(self.vizdash_app)
        results_backend_manager.init_app(self.vizdash_app)

    def configure_feature_flags(self) -> None:
        feature_flag_manager.init_app(self.vizdash_app)

    def configure_async_queries(self) -> None:
        if feature_flag_manager.is_feature_enabled("GLOBAL_ASYNC_QUERIES"):
            async_query_manager_factory.init_app(self.vizdash_app)

    def init_views(self) -> None:
        from vizdash.databases.api import DatabaseRestApi
        from vizdash.reports.api import ReportScheduleRestApi
        from vizdash.views.health import health_blueprint

        appbuilder.add_api(DatabaseRestApi)
        appbuilder.add_api(ReportScheduleRestApi)
        self.vizdash_app.register_blueprint(health_blueprint)

    def init_app(self) -> None:
        self.pre_init()
        self.setup_db()
        self.configure_celery()
        self.configure_cache()
        self.configure_feature_flags()
        stats_logger_manager.init_app(self.vizdash_app)
        with self.vizdash_app.app_context():
            appbuilder.init_app(self.vizdash_app, db.session)
            self.configure_async_queries()
            self.init_views()
