import pytest
from nameko.containers import ServiceContainer
from nameko.testing.services import replace_dependencies

from gateway.service import GatewayService


@pytest.fixture
def config(rabbit_config, web_config):
    # rabbit_config comes from nameko's pytest plugin and points at
    # amqp://guest:guest@localhost:5672 unless --amqp-uri is given.
    config = rabbit_config.copy()
    config.update(web_config)
    config["ZIPKIN"] = {"HANDLER": "HttpHandler",
                        "HANDLER_PARAMS": {"url": "http://localhost:9411/api/v1/spans"}}
    return config


@pytest.fixture
def create_service_meta(container_factory, config):

    def create_service(*dependencies, **dependency_map):
        dependency_names = list(dependencies) + list(dependency_map.keys())

        container = container_factory(GatewayService, config)
        mock_dependencies = replace_dependencies(container, *dependency_names)
        if len(dependency_names) == 1:
            mock_dependencies = (mock_dependencies,)

        container.start()

        dependencies = dict(zip(dependency_names, mock_dependencies))
        for name, value in dependency_map.items():
            dependencies[name].configure_mock(**value)
        return dependencies

    return create_service


@pytest.fixture
def gateway_service(create_service_meta):
    return create_service_meta("orders_rpc", "products_rpc", "payments_rpc")
