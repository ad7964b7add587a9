import json

from gateway.exceptions import OrderNotFound, PaymentDeclined


ROASTS = [
    {
        "id": "ethiopia-guji",
        "name": "Guji Natural",
        "origin": "Ethiopia",
        "roast_level": "light",
        "bag_grams": 250,
        "price_pence": 1150,
        "in_stock": 40,
    },
    {
        "id": "kettle-house",
        "name": "Kettle House Espresso",
        "origin": "Brazil / Colombia",
        "roast_level": "espresso",
        "bag_grams": 1000,
        "price_pence": 3200,
        "in_stock": 2,
    },
]


class TestGetRoast:
    def test_can_get_roast(self, gateway_service, web_session):
        gateway_service["products_rpc"].get.return_value = ROASTS[0]
        response = web_session.get("/roasts/ethiopia-guji")
        assert response.status_code == 200
        assert response.json()["origin"] == "Ethiopia"
        gateway_service["products_rpc"].get.assert_called_once_with("ethiopia-guji")


class TestCreateOrder:
    def test_can_create_order(self, gateway_service, web_session):
        gateway_service["products_rpc"].list.return_value = ROASTS
        gateway_service["orders_rpc"].create_order.return_value = {"id": 31}

        response = web_session.post("/orders", json.dumps({
            "customer_email": "ada@example.com",
            "lines": [{"roast_id": "ethiopia-guji", "quantity": 2}],
        }))

        assert response.status_code == 200
        assert response.json() == {"id": 31}
        gateway_service["orders_rpc"].create_order.assert_called_once_with(
            "ada@example.com",
            [{"roast_id": "ethiopia-guji", "quantity": 2, "unit_price_pence": 1150}],
        )

    def test_out_of_stock(self, gateway_service, web_session):
        gateway_service["products_rpc"].list.return_value = ROASTS
        response = web_session.post("/orders", json.dumps({
            "customer_email": "ada@example.com",
            "lines": [{"roast_id": "kettle-house", "quantity": 5}],
        }))
        assert response.status_code == 409
        assert response.json()["error"] == "OUT_OF_STOCK"
        assert not gateway_service["orders_rpc"].create_order.called

    def test_unknown_roast(self, gateway_service, web_session):
        gateway_service["products_rpc"].list.return_value = ROASTS
        response = web_session.post("/orders", json.dumps({
            "customer_email": "ada@example.com",
            "lines": [{"roast_id": "decaf-nope", "quantity": 1}],
        }))
        assert response.status_code == 404


class TestGetOrder:
    def test_order_not_found(self, gateway_service, web_session):
        gateway_service["orders_rpc"].get_order.side_effect = OrderNotFound("missing")
        response = web_session.get("/orders/404")
        assert response.status_code == 404
        assert response.json()["error"] == "ORDER_NOT_FOUND"


class TestPayOrder:
    def test_declined(self, gateway_service, web_session):
        gateway_service["payments_rpc"].take_payment.side_effect = PaymentDeclined("card_declined")
        response = web_session.post(
            "/orders/7/payment", json.dumps({"card_token": "tok_chargeDeclined"})
        )
        assert response.status_code == 402

    def test_health(self, gateway_service, web_session):
        assert web_session.get("/health").status_code == 200
