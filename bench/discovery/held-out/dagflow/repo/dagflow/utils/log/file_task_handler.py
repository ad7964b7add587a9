from __future__ import annotations

import logging
import os

from dagflow.configuration import conf


class FileTaskHandler(logging.FileHandler):
    """Writes each task attempt to {base_log_folder}/dag_id=.../run_id=.../task_id=.../attempt=N.log."""

    def __init__(self, base_log_folder: str, **kwargs) -> None:
        self.base_log_folder = base_log_folder
        os.makedirs(base_log_folder, exist_ok=True)
        super().__init__(os.path.join(base_log_folder, "dagflow.task.log"), delay=True)

    @staticmethod
    def render_log_path(dag_id: str, run_id: str, task_id: str, try_number: int) -> str:
        return f"dag_id={dag_id}/run_id={run_id}/task_id={task_id}/attempt={try_number}.log"

    @staticmethod
    def read_local(rel_path: str) -> str:
        path = os.path.join(os.path.expanduser(conf.get("logging", "base_log_folder")), rel_path)
        if not os.path.exists(path):
            return ""
        with open(path) as fh:
            return fh.read()
