"""DAG file processor manager: parses files in the dags folder (honouring .dagflowignore) and
writes serialized DAGs to the metadata DB."""
from __future__ import annotations

import fnmatch
import importlib.util
import json
import logging
import os
import time

from sqlalchemy import text

from dagflow import settings
from dagflow.configuration import conf
from dagflow.jobs.job import Job

log = logging.getLogger(__name__)

IGNORE_FILE = ".dagflowignore"


def list_py_file_paths(directory: str) -> list[str]:
    patterns: list[str] = []
    ignore_path = os.path.join(directory, IGNORE_FILE)
    if os.path.exists(ignore_path):
        with open(ignore_path) as fh:
            patterns = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    result = []
    for root, _dirs, files in os.walk(directory):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), directory)
            if not name.endswith(".py") or any(fnmatch.fnmatch(rel, p) for p in patterns):
                continue
            result.append(os.path.join(root, name))
    return result


class DagFileProcessorManager:
    job_type = "DagProcessorJob"

    def __init__(self, dag_directory: str | None = None) -> None:
        self.dag_directory = dag_directory or settings.DAGS_FOLDER
        self.job = Job(job_type=self.job_type)
        self.refresh_interval = int(conf.get("dag_processor", "refresh_interval", fallback=300))

    def _process_file(self, path: str) -> list[dict]:
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return [dag.serialize() for dag in vars(module).values() if hasattr(dag, "dag_id") and hasattr(dag, "serialize")]

    def _save_serialized(self, dags: list[dict]) -> None:
        session = settings.Session()
        try:
            for dag in dags:
                session.execute(
                    text(
                        "INSERT INTO serialized_dag (dag_id, data) VALUES (:d, :j) "
                        "ON CONFLICT (dag_id) DO UPDATE SET data = EXCLUDED.data"
                    ),
                    {"d": dag["dag_id"], "j": json.dumps(dag)},
                )
            session.commit()
        finally:
            session.close()

    def run(self) -> None:
        while True:
            for path in list_py_file_paths(self.dag_directory):
                try:
                    self._save_serialized(self._process_file(path))
                except Exception:
                    log.exception("Failed to process %s", path)
            self.job.heartbeat()
            time.sleep(self.refresh_interval)
