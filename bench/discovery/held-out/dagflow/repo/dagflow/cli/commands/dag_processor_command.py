from __future__ import annotations

from dagflow.dag_processing.manager import DagFileProcessorManager


def dag_processor(args) -> None:
    DagFileProcessorManager().run()
