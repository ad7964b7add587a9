import logging
import os
from typing import Optional

from flask import Flask

from vizdash.initialization import VizdashAppInitializer

logger = logging.getLogger(__name__)


def create_app(vizdash_config_module: Optional[str] = None) -> Flask:
    app = VizdashApp(__name__)

    try:
        # Allow user to override our config completely
        config_module = vizdash_config_module or os.environ.get(
            "VIZDASH_CONFIG", "vizdash.config"
        )
        app.config.from_object(config_module)

        app_initializer = app.config.get("APP_INITIALIZER", VizdashAppInitializer)(app)
        app_initializer.init_app()

        return app

    # Make sure that bootstrap errors ALWAYS get logged
    except Exception:
        logger.exception("Failed to create app")
        raise


class VizdashApp(Flask):
    pass
