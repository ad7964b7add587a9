"""`dagflow celery worker` and `dagflow celery flower`."""
from __future__ import annotations

from dagflow.configuration import conf


def worker(args) -> None:
    from dagflow.executors.celery_executor_utils import app as celery_app

    concurrency = args.concurrency or int(conf.get("celery", "worker_concurrency"))
    options = [
        "worker",
        "-O", "fair",
        "--queues", args.queues,
        "--concurrency", str(concurrency),
        "--loglevel", conf.get("logging", "celery_logging_level", fallback="INFO"),
        "--hostname", conf.get("celery", "worker_hostname", fallback="celery@%h"),
    ]
    celery_app.worker_main(options)


def flower(args) -> None:
    from dagflow.executors.celery_executor_utils import app as celery_app

    broker = conf.get("celery", "broker_url")
    options = [
        "flower",
        f"--broker={broker}",
        f"--address={conf.get('celery', 'flower_host')}",
        f"--port={args.port or conf.get('celery', 'flower_port')}",
    ]
    basic_auth = conf.get("celery", "flower_basic_auth", fallback="")
    if basic_auth:
        options.append(f"--basic-auth={basic_auth}")
    celery_app.start(options)
