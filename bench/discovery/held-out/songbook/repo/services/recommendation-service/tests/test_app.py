import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'src'))

import app as rcmd  # noqa: E402


def test_recommend_orders_by_rating(requests_mock):
    requests_mock.get('http://gateway/songs', json=[{'id': 1, 'name': 'a'}, {'id': 2, 'name': 'b'}])
    requests_mock.get('http://rating/rating', json=[{'id': 1, 'rating': 5.0}, {'id': 2, 'rating': 9.0}])
    client = rcmd.app.test_client()
    resp = client.get('/rcmd')
    assert resp.status_code == 200
    assert resp.get_json()[0]['id'] == 2
