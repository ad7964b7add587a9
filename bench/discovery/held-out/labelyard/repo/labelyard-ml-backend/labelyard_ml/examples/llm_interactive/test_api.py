"""
This file contains tests for the API of your model. You can run these tests by installing test requirements:

    ```bash
    pip install -r requirements-test.txt
    ```
Then execute `pytest` in the directory of this file.
"""
import json
from unittest import mock

import pytest
from model import OpenAIInteractive


@pytest.fixture
def client():
    from _wsgi import init_app

    app = init_app(model_class=OpenAIInteractive)
    app.config['TESTING'] = True
    with app.test_client() as client:
        yield client


@mock.patch('model.chat_completion_call')
def test_predict(mock_chat, client):
    mock_chat.return_value = mock.Mock(choices=[mock.Mock(message=mock.Mock(content='positive'))])
    request = {
        'tasks': [{'id': 1, 'data': {'text': 'I love this product'}}],
        'label_config': '''
        <View>
          <Text name="text" value="$text"/>
          <TextArea name="prompt" toName="text"/>
          <Choices name="sentiment" toName="text">
            <Choice value="positive"/><Choice value="negative"/>
          </Choices>
        </View>''',
        'project': '1.1700000000',
        'params': {'context': {'result': [{'from_name': 'prompt', 'value': {'text': ['Classify sentiment']}}]}},
    }
    response = client.post('/predict', data=json.dumps(request), content_type='application/json')
    assert response.status_code == 200
    assert response.json['results'][0]['result'][0]['value']['choices'] == ['positive']


def test_health(client):
    response = client.get('/health')
    assert response.status_code == 200
    assert response.json['status'] == 'UP'
