from flask import Blueprint

from vizdash.extensions import stats_logger_manager

health_blueprint = Blueprint("health", __name__)


@health_blueprint.route("/health")
@health_blueprint.route("/healthcheck")
@health_blueprint.route("/ping")
def health() -> str:
    stats_logger_manager.instance.incr("health")
    return "OK"
