from __future__ import annotations

import argparse


def get_parser() -> argparse.ArgumentParser:
    from dagflow.cli.commands import (
        api_server_command,
        celery_command,
        dag_processor_command,
        db_command,
        scheduler_command,
        triggerer_command,
    )

    parser = argparse.ArgumentParser(prog="dagflow")
    sub = parser.add_subparsers(dest="subcommand", required=True)

    p = sub.add_parser("api-server", help="Start the api-server (UI, REST API, Task Execution API)")
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--apps", default="all")
    p.set_defaults(func=api_server_command.api_server)

    p = sub.add_parser("scheduler")
    p.add_argument("--num-runs", type=int, default=-1)
    p.set_defaults(func=scheduler_command.scheduler)

    p = sub.add_parser("dag-processor")
    p.set_defaults(func=dag_processor_command.dag_processor)

    p = sub.add_parser("triggerer")
    p.add_argument("--capacity", type=int, default=None)
    p.set_defaults(func=triggerer_command.triggerer)

    celery = sub.add_parser("celery").add_subparsers(dest="celery_cmd", required=True)
    w = celery.add_parser("worker")
    w.add_argument("--queues", default="default")
    w.add_argument("--concurrency", type=int, default=None)
    w.set_defaults(func=celery_command.worker)
    f = celery.add_parser("flower")
    f.add_argument("--port", type=int, default=None)
    f.set_defaults(func=celery_command.flower)

    db = sub.add_parser("db").add_subparsers(dest="db_cmd", required=True)
    db.add_parser("migrate").set_defaults(func=db_command.migratedb)
    db.add_parser("check").set_defaults(func=db_command.check)

    sub.add_parser("version").set_defaults(func=lambda _a: print(__import__("dagflow").__version__))
    return parser
