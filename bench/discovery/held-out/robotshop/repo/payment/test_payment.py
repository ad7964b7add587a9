"""Unit tests for payment; every outbound call is stubbed."""
import os
from unittest import mock

os.environ.setdefault('CART_HOST', 'localhost')
os.environ.setdefault('USER_HOST', 'localhost')
os.environ.setdefault('AMQP_HOST', 'localhost')
os.environ.setdefault('PAYMENT_GATEWAY', 'http://localhost:9999/')

with mock.patch('rabbitmq.Publisher'):
    import payment


def _resp(code):
    r = mock.Mock()
    r.status_code = code
    return r


def test_count_items_ignores_shipping():
    items = [{'sku': 'A', 'qty': 2}, {'sku': 'SHIP', 'qty': 1}, {'sku': 'B', 'qty': 3}]
    assert payment.countItems(items) == 5


def test_cart_without_shipping_is_rejected():
    client = payment.app.test_client()
    with mock.patch('payment.requests') as req, mock.patch('payment.instana'):
        req.get.return_value = _resp(404)
        res = client.post('/pay/anonymous-1', json={'total': 10, 'items': [{'sku': 'A', 'qty': 1}]})
    assert res.status_code == 400


def test_health():
    client = payment.app.test_client()
    assert client.get('/health').data == b'OK'
