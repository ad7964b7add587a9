"""
Watches CONSUMPTION_DIR (inotify or polling) and hands every new file to the
Celery worker. Runs as its own long-lived process (s6 svc-consumer /
supervisord program:consumer / `docker-entrypoint.sh consumer`).
"""
import logging
import os
from fnmatch import filter as fnmatch_filter
from pathlib import Path
from threading import Event
from time import monotonic, sleep

import magic
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from watchdog.events import FileSystemEventHandler
from watchdog.observers.polling import PollingObserver

from documents.models import Tag
from documents.tasks import consume_file

logger = logging.getLogger("docuvault.management.consumer")


def _is_ignored(filepath: Path) -> bool:
    rel = str(filepath.relative_to(settings.CONSUMPTION_DIR))
    return any(fnmatch_filter([rel, filepath.name], pattern) for pattern in settings.CONSUMER_IGNORE_PATTERNS)


def _tags_from_path(filepath: Path) -> list[int]:
    """Sub-directory names become tags (DOCUVAULT_CONSUMER_SUBDIRS_AS_TAGS)."""
    db_tags = set()
    for part in filepath.relative_to(settings.CONSUMPTION_DIR).parent.parts:
        tag, _ = Tag.objects.get_or_create(name__iexact=part, defaults={"name": part})
        db_tags.add(tag.pk)
    return list(db_tags)


def _consume(filepath: Path) -> None:
    if filepath.is_dir() or _is_ignored(filepath):
        return
    if not filepath.is_file():
        logger.debug(f"Not consuming file {filepath}: File has moved.")
        return
    tag_ids = None
    try:
        if settings.CONSUMER_SUBDIRS_AS_TAGS:
            tag_ids = _tags_from_path(filepath)
    except Exception:  # noqa: BLE001
        logger.exception("Error creating tags from path")

    logger.info(f"Adding {filepath} to the task queue.")
    consume_file.delay(
        {"source": "consume_folder", "original_file": str(filepath), "mime_type": magic.from_file(str(filepath), mime=True)},
        {"tag_ids": tag_ids},
    )


class Handler(FileSystemEventHandler):
    def __init__(self, pending: dict):
        self._pending = pending

    def on_created(self, event):
        self._pending[Path(event.src_path)] = monotonic()

    def on_moved(self, event):
        self._pending[Path(event.dest_path)] = monotonic()


class Command(BaseCommand):
    help = "Watch the consumption directory and queue new documents"

    def add_arguments(self, parser):
        parser.add_argument("directory", default=settings.CONSUMPTION_DIR, nargs="?")
        parser.add_argument("--oneshot", action="store_true")

    def handle(self, *args, **options):
        directory = Path(options["directory"]).resolve()
        if not directory.is_dir():
            raise CommandError(f"Consumption directory {directory} does not exist")

        recursive = settings.CONSUMER_RECURSIVE
        for dirpath, _, filenames in os.walk(directory):
            for name in filenames:
                _consume(Path(dirpath) / name)
            if not recursive:
                break
        if options["oneshot"]:
            return

        self.stop_flag = Event()
        pending: dict[Path, float] = {}
        if settings.CONSUMER_POLLING == 0:
            from watchdog.observers.inotify import InotifyObserver as Observer
            observer = Observer()
        else:
            observer = PollingObserver(timeout=settings.CONSUMER_POLLING)
        observer.schedule(Handler(pending), str(directory), recursive=recursive)
        observer.start()
        try:
            while not self.stop_flag.is_set():
                now = monotonic()
                for path, ts in list(pending.items()):
                    if now - ts >= settings.CONSUMER_INOTIFY_DELAY:
                        pending.pop(path, None)
                        _consume(path)
                sleep(0.5)
        except KeyboardInterrupt:
            logger.info("Received SIGINT, stopping inotify")
        finally:
            observer.stop()
            observer.join()
