from __future__ import annotations

from dagflow.jobs.triggerer_job_runner import TriggererJobRunner


def triggerer(args) -> None:
    TriggererJobRunner(capacity=args.capacity).run()
