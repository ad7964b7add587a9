import json
import subprocess
import urllib.request


def test_frontend_ping(compose):
    subprocess.run([*compose, "up", "-d"], check=True)
    with urllib.request.urlopen("http://127.0.0.1:8080/api/method/ping") as r:
        assert json.load(r)["message"] == "pong"


def test_common_site_config(compose):
    out = subprocess.check_output(
        [*compose, "exec", "backend", "cat", "sites/common_site_config.json"]
    )
    cfg = json.loads(out)
    assert cfg["db_host"] == "db"
    assert cfg["redis_cache"] == "redis://redis-cache:6379"
    assert cfg["redis_socketio"] == cfg["redis_queue"]
