import logging
import os

import requests

log = logging.getLogger(__name__)

GATEWAY_URL = os.getenv('GATEWAY_URL', 'http://gateway')
RATING_URL = os.getenv('RATING_URL', 'http://rating')

_session = requests.Session()


def fetch_songs(genre=None):
    params = {'genre': genre} if genre else None
    r = _session.get(f'{GATEWAY_URL}/songs', params=params, timeout=3)
    r.raise_for_status()
    return r.json()


def fetch_ratings():
    try:
        r = _session.get(f'{RATING_URL}/rating', timeout=2)
        r.raise_for_status()
        return {item['id']: item['rating'] for item in r.json()}
    except requests.RequestException as e:
        log.warning('ratings unavailable: %s', e)
        return {}
