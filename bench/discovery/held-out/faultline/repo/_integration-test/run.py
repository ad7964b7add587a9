"""End-to-end smoke test run in CI against a freshly installed stack."""
import json
import os
import time
import uuid

import requests

TEST_USER = "test@example.com"
TEST_PASS = "changeme"
BASE_URL = os.environ.get("FAULTLINE_TEST_URL", "http://localhost:9000")
TIMEOUT_SECONDS = 60


def login(session: requests.Session) -> None:
    resp = session.get(f"{BASE_URL}/auth/login/faultline/")
    token = session.cookies.get("tc")
    session.post(
        f"{BASE_URL}/auth/login/faultline/",
        data={"op": "login", "username": TEST_USER, "password": TEST_PASS},
        headers={"Referer": resp.url, "X-CSRFToken": token or ""},
    )


def send_event(dsn_key: str, project_id: int) -> str:
    event_id = uuid.uuid4().hex
    envelope = "\n".join(
        [
            json.dumps({"event_id": event_id, "dsn": f"http://{dsn_key}@localhost:9000/{project_id}"}),
            json.dumps({"type": "event"}),
            json.dumps({"message": "integration test", "level": "error"}),
        ]
    )
    requests.post(
        f"{BASE_URL}/api/{project_id}/envelope/",
        data=envelope,
        headers={"X-Faultline-Auth": f"Faultline faultline_key={dsn_key}, faultline_version=7"},
    ).raise_for_status()
    return event_id


def wait_for_event(session: requests.Session, event_id: str) -> dict:
    deadline = time.time() + TIMEOUT_SECONDS
    while time.time() < deadline:
        r = session.get(f"{BASE_URL}/api/0/projects/faultline/internal/events/{event_id}/")
        if r.status_code == 200:
            return r.json()
        time.sleep(2)
    raise TimeoutError(event_id)


if __name__ == "__main__":
    s = requests.Session()
    login(s)
    keys = s.get(f"{BASE_URL}/api/0/projects/faultline/internal/keys/").json()
    eid = send_event(keys[0]["public"], 1)
    print(wait_for_event(s, eid)["eventID"])
