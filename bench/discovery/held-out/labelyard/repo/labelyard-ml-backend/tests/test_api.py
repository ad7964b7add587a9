import json

import pytest
from labelyard_ml.api import init_app
from labelyard_ml.model import LabelyardMLBase
from labelyard_ml.response import ModelResponse


class DummyModel(LabelyardMLBase):
    def predict(self, tasks, context=None, **kwargs):
        return ModelResponse(predictions=[])


@pytest.fixture
def client():
    app = init_app(model_class=DummyModel)
    app.config['TESTING'] = True
    with app.test_client() as c:
        yield c


def test_health(client):
    r = client.get('/health')
    assert r.status_code == 200
    assert r.json == {'status': 'UP', 'model_class': 'DummyModel'}


def test_setup(client):
    payload = {
        'project': '1.1700000000',
        'schema': '<View><Text name="text" value="$text"/></View>',
        'hostname': 'http://labelyard.local:8080',
        'access_token': 'dummy-token',
    }
    r = client.post('/setup', data=json.dumps(payload), content_type='application/json')
    assert r.status_code == 200
    assert r.json['model_version'] == '0.0.1'


def test_predict_empty(client):
    payload = {'tasks': [{'id': 1, 'data': {'text': 'x'}}], 'project': '1.1700000000', 'label_config': '<View/>'}
    r = client.post('/predict', data=json.dumps(payload), content_type='application/json')
    assert r.json == {'results': []}
