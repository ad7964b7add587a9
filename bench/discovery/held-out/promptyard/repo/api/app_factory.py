import logging
import time

from configs import yard_config
from contexts.wrapper import RecyclableContextVar
from yard_app import YardApp


# ----------------------------
# Application Factory Function
# ----------------------------
def create_flask_app_with_configs() -> YardApp:
    """
    create a raw flask app
    with configs loaded from .env file
    """
    yard_app = YardApp(__name__)
    yard_app.config.from_mapping(yard_config.model_dump())

    @yard_app.before_request
    def before_request():
        # add an unique identifier to each request
        RecyclableContextVar.increment_thread_recycles()

    return yard_app


def create_app() -> YardApp:
    start_time = time.perf_counter()
    app = create_flask_app_with_configs()
    initialize_extensions(app)
    end_time = time.perf_counter()
    if yard_config.DEBUG:
        logging.info(f"Finished create_app ({round((end_time - start_time) * 1000, 2)} ms)")
    return app


def initialize_extensions(app: YardApp):
    from extensions import (
        ext_blueprints,
        ext_celery,
        ext_commands,
        ext_database,
        ext_login,
        ext_mail,
        ext_migrate,
        ext_redis,
        ext_sentry,
        ext_storage,
    )

    extensions = [
        ext_database,
        ext_migrate,
        ext_redis,
        ext_storage,
        ext_celery,
        ext_login,
        ext_mail,
        ext_sentry,
        ext_blueprints,
        ext_commands,
    ]
    for ext in extensions:
        short_name = ext.__name__.split(".")[-1]
        is_enabled = ext.is_enabled() if hasattr(ext, "is_enabled") else True
        if not is_enabled:
            if yard_config.DEBUG:
                logging.info(f"Skipped {short_name}")
            continue

        start_time = time.perf_counter()
        ext.init_app(app)
        end_time = time.perf_counter()
        if yard_config.DEBUG:
            logging.info(f"Loaded {short_name} ({round((end_time - start_time) * 1000, 2)} ms)")


def create_migrations_app():
    app = create_flask_app_with_configs()
    from extensions import ext_database, ext_migrate

    # Initialize only required extensions
    ext_database.init_app(app)
    ext_migrate.init_app(app)

    return app
