from __future__ import annotations

from dagflow.jobs.scheduler_job_runner import SchedulerJobRunner


def scheduler(args) -> None:
    SchedulerJobRunner(num_runs=args.num_runs).run()
