from __future__ import annotations

import os
import signal
import sys

import click

from tremor.runner.decorators import configuration, log_options


class AddressParamType(click.ParamType):
    name = "address"

    def __call__(self, value, param=None, ctx=None):
        if value is None:
            return (None, None)
        return self.convert(value, param, ctx)

    def convert(self, value, param, ctx):
        if ":" in value:
            host, port = value.rsplit(":", 1)
            return host or None, int(port)
        return value, None


Address = AddressParamType()

QueueSetType = click.STRING


class TremorHTTPServer:
    """Thin wrapper that execs uWSGI with options from TREMOR_WEB_OPTIONS."""

    name = "http"

    def __init__(self, host=None, port=None, workers=None, extra_options=None):
        from django.conf import settings

        host = host or settings.TREMOR_WEB_HOST
        port = port or settings.TREMOR_WEB_PORT

        options = (settings.TREMOR_WEB_OPTIONS or {}).copy()
        if extra_options is not None:
            options.update(extra_options)
        options.setdefault("module", "tremor.web.wsgi:application")
        options.setdefault("protocol", "http")
        options.setdefault("auto-procname", True)
        options.setdefault("procname-prefix-spaced", "[tremor]")
        options.setdefault("workers", workers or 3)
        options.setdefault("http", f"{host}:{port}")
        self.options = options

    def run(self) -> None:
        argv = [sys.executable, "-m", "uwsgi"]
        for key, value in self.options.items():
            if value is True:
                argv.append(f"--{key}")
            elif value not in (False, None):
                argv.extend([f"--{key}", str(value)])
        os.execvp(argv[0], argv)


@click.group()
def run() -> None:
    "Run a service."


@run.command()
@click.option("--bind", "-b", default=None, help="Bind address.", type=Address)
@click.option("--workers", "-w", default=0, help="The number of worker processes for handling requests.")
@click.option("--upgrade", default=False, is_flag=True, help="Upgrade before starting.")
@click.option("--with-lock", default=False, is_flag=True, help="Use a lock if performing an upgrade.")
@click.option("--noinput", default=False, is_flag=True, help="Do not prompt the user for input of any kind.")
@log_options()
@configuration
def web(bind, workers, upgrade, with_lock, noinput, loglevel) -> None:
    "Run web service."
    TremorHTTPServer(host=bind[0], port=bind[1], workers=workers).run()


@run.command()
@click.option("--hostname", "-n", help="Set custom hostname, e.g. 'w1.%h'.")
@click.option("--queues", "-Q", type=QueueSetType, help="List of queues to enable for this worker.")
@click.option("--exclude-queues", "-X", type=QueueSetType)
@click.option("--concurrency", "-c", default=os.cpu_count(), help="Number of child processes.")
@click.option("--autoreload", is_flag=True, default=False)
@click.option("--max-tasks-per-child", default=10000)
@log_options()
@configuration
def worker(**options) -> None:
    "Run background worker instance and autoreload if necessary."
    from tremor.celery import app

    queues = options.pop("queues")
    exclude = options.pop("exclude_queues")
    worker_argv = ["worker", f"--concurrency={options['concurrency']}",
                   f"--max-tasks-per-child={options['max_tasks_per_child']}"]
    if queues:
        worker_argv.append(f"--queues={queues}")
    if exclude:
        worker_argv.append(f"--exclude-queues={exclude}")
    if options.get("loglevel"):
        worker_argv.append(f"--loglevel={options['loglevel']}")
    app.worker_main(worker_argv)


@run.command()
@click.option("--pidfile", help="Optional file used to store the process pid.")
@click.option("--autoreload", is_flag=True, default=False)
@log_options()
@configuration
def cron(**options) -> None:
    "Run periodic task dispatcher (celery beat): only enqueues onto the broker."
    from django.conf import settings

    from tremor.celery import app

    app.Beat(
        schedule=settings.CELERYBEAT_SCHEDULE_FILENAME,
        pidfile=options.get("pidfile"),
        loglevel=options.get("loglevel") or "INFO",
    ).run()


@run.command("consumer")
@log_options()
@click.argument("consumer_name")
@click.argument("consumer_args", nargs=-1)
@click.option("--topic", type=str, help="Which physical topic to use for this consumer.")
@click.option("--cluster", type=str, help="Which cluster definition to use for this consumer.")
@click.option("--consumer-group", "group_id", required=True, help="Kafka consumer group for the consumer.")
@click.option("--auto-offset-reset", "auto_offset_reset", default="latest",
              type=click.Choice(["earliest", "latest", "error"]))
@click.option("--max-poll-interval-ms", type=int, default=30000)
@click.option("--synchronize-commit-log-topic", help="Topic that the Strata writer is publishing its committed offsets to.")
@click.option("--synchronize-commit-group", help="Consumer group that the Strata writer is committing its offset as.")
@click.option("--healthcheck-file-path", help="A file to touch roughly every second to indicate liveness.")
@configuration
def basic_consumer(consumer_name, consumer_args, topic, **options) -> None:
    """
    Launch a "new-style" consumer based on its "consumer name".

    Example:

        tremor run consumer ingest-profiles --consumer-group ingest-profiles

    runs the ingest-profiles consumer with the consumer group ingest-profiles.
    """
    from tremor.consumers import get_stream_processor

    processor = get_stream_processor(consumer_name, list(consumer_args), topic=topic, **options)

    def handler(signum, frame):
        processor.signal_shutdown()

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)
    processor.run()
