from app import app


def test_reserve_decrements_stock():
    client = app.test_client()
    resp = client.post("/v1/items/SKU-001/reservations", json={"quantity": 2})
    assert resp.status_code == 201
    assert resp.get_json()["available"] == 118


def test_unknown_item():
    assert app.test_client().get("/v1/items/NOPE").status_code == 404
