import pytest

from products.exceptions import InsufficientStock, NotFound


def test_create_and_get(storage, roast):
    storage.create(roast)
    assert storage.get("colombia-huila") == roast


def test_get_missing(storage):
    with pytest.raises(NotFound):
        storage.get("nope")


def test_decrement_stock(storage, roast):
    storage.create(roast)
    assert storage.decrement_stock("colombia-huila", 5) == 7


def test_decrement_stock_below_zero_rolls_back(storage, roast):
    storage.create(roast)
    with pytest.raises(InsufficientStock):
        storage.decrement_stock("colombia-huila", 13)
    assert storage.get("colombia-huila")["in_stock"] == 12
