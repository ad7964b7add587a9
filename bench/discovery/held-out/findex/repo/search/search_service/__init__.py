import logging
import logging.config
import os

from flask import Flask, Blueprint
from flask_restful import Api

from search_service.api.search import SearchAPI, SearchTableAPI

ROOT_DIR = os.path.dirname(os.path.abspath(__file__))


def healthcheck() -> tuple:
    return '', 200


def create_app(*, config_module_class: str) -> Flask:
    app = Flask(__name__)

    config_module_class = \
        os.getenv('SEARCH_SVC_CONFIG_MODULE_CLASS') or config_module_class
    app.config.from_object(config_module_class)

    logging.basicConfig(format=app.config.get('LOG_FORMAT'), datefmt=app.config.get('LOG_DATE_FORMAT'))
    logging.getLogger().setLevel(app.config.get('LOG_LEVEL'))
    logging.info('Created app with config name {}'.format(config_module_class))
    logging.info('Using backend {}'.format(app.config.get('PROXY_CLIENT')))

    api_bp = Blueprint('api', __name__)
    api_bp.add_url_rule('/healthcheck', 'healthcheck', healthcheck)

    api = Api(api_bp)
    api.add_resource(SearchAPI, '/v2/search')
    api.add_resource(SearchTableAPI, '/search')
    app.register_blueprint(api_bp)
    return app
