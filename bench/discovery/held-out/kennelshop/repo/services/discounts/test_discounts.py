import os
from unittest import mock

os.environ.setdefault('POSTGRES_USER', 'test')
os.environ.setdefault('POSTGRES_PASSWORD', 'test')


@mock.patch('flask_sqlalchemy.SQLAlchemy.create_all')
@mock.patch('bootstrap.create_app_data')
def test_hello(_seed, _create_all):
    import discounts

    client = discounts.app.test_client()
    res = client.get('/')
    assert res.status_code == 200
