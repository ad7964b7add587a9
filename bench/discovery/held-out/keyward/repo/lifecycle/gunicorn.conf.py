"""Gunicorn config"""
import os
from hashlib import sha512
from multiprocessing import cpu_count
from pathlib import Path
from tempfile import gettempdir

from keyward.lib.config import CONFIG
from keyward.lib.utils.http import get_http_session  # noqa: F401

_tmp = Path(gettempdir())
worker_class = "lifecycle.worker.DjangoUvicornWorker"
worker_tmp_dir = str(_tmp.joinpath("keyward_worker_tmp"))
prometheus_tmp_dir = str(_tmp.joinpath("keyward_prometheus_tmp"))

os.makedirs(worker_tmp_dir, exist_ok=True)
os.makedirs(prometheus_tmp_dir, exist_ok=True)

bind = f"unix://{str(_tmp.joinpath('keyward-core.sock'))}"

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "keyward.root.settings")
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", prometheus_tmp_dir)

preload_app = True

max_requests = 1000
max_requests_jitter = 50

logconfig_dict = {"version": 1, "disable_existing_loggers": False}

default_workers = max(cpu_count() * 0.25, 1) + 1  # Minimum of 2 workers
workers = CONFIG.get_int("web.workers", default_workers)
threads = CONFIG.get_int("web.threads", 4)
