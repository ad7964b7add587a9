from typing import Any

from flask import Flask, render_template


def init_routes(app: Flask) -> None:
    frontend_base = app.config.get('FRONTEND_BASE')
    config_override_enabled = app.config.get('JS_CONFIG_OVERRIDE_ENABLED')

    @app.route('/', defaults={'path': ''})
    @app.route('/<path:path>')
    def index(path: str) -> Any:
        return render_template("index.html",
                               env=app.config.get('ENVIRONMENT', 'local'),
                               frontend_base=frontend_base,
                               config_override_enabled=config_override_enabled)
