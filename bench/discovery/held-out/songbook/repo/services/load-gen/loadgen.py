#
# Licensed to the Apache Software Foundation (ASF) under the Apache License, Version 2.0.
#
import os
import random
import time

import requests

TARGET = os.getenv('TARGET', 'http://frontend')
INTERVAL = float(os.getenv('INTERVAL_SECONDS', '1'))


def visit(session):
    session.get(f'{TARGET}/', timeout=5)
    session.get(f'{TARGET}/homepage', timeout=5)
    song_id = random.randint(1, 5)
    session.post(f'{TARGET}/api/songs/{song_id}/play', timeout=5)
    if random.random() < 0.3:
        session.get(f'{TARGET}/api/rcmd', params={'genre': random.choice(['rock', 'jazz'])}, timeout=5)
    if random.random() < 0.2:
        session.get(f'{TARGET}/api/trending', timeout=5)


if __name__ == '__main__':
    s = requests.Session()
    while True:
        try:
            visit(s)
        except Exception as e:
            print(e)
        time.sleep(INTERVAL)
