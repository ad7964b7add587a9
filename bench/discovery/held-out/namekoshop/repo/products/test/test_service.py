from unittest.mock import call

from nameko.testing.services import entrypoint_hook, worker_factory
from nameko.testing.services import replace_dependencies

from products.exceptions import InsufficientStock
from products.service import ProductsService


def test_get_roast(roast):
    service = worker_factory(ProductsService)
    service.storage.get.return_value = roast
    assert service.get("colombia-huila")["origin"] == "Colombia"


def test_order_created_decrements_stock():
    service = worker_factory(ProductsService)
    service.handle_order_created({
        "order": {
            "id": 3,
            "lines": [
                {"roast_id": "colombia-huila", "quantity": 2},
                {"roast_id": "kettle-house", "quantity": 1},
            ],
        }
    })
    assert service.storage.decrement_stock.call_args_list == [
        call("colombia-huila", 2),
        call("kettle-house", 1),
    ]


def test_oversell_is_logged_not_raised(caplog):
    service = worker_factory(ProductsService)
    service.storage.decrement_stock.side_effect = InsufficientStock("kettle-house")
    service.handle_order_created(
        {"order": {"id": 9, "lines": [{"roast_id": "kettle-house", "quantity": 9}]}}
    )
    assert "oversold kettle-house" in caplog.text


def test_list_via_entrypoint_hook(container_factory, config, roast):
    container = container_factory(ProductsService, config)
    storage = replace_dependencies(container, "storage")
    storage.list.return_value = [roast]
    container.start()

    with entrypoint_hook(container, "list") as list_roasts:
        assert list_roasts() == [roast]
