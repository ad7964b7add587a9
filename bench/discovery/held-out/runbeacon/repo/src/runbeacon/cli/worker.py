"""`runbeacon worker start --pool NAME --type docker`."""
import asyncio

import typer

worker_app = typer.Typer(help="Start a worker that polls a work pool")


@worker_app.command()
def start(
    pool: str = typer.Option(..., "--pool", "-p"),
    type: str = typer.Option("process", "--type", "-t"),
    limit: int = typer.Option(None, "--limit"),
):
    if type == "docker":
        from runbeacon_docker.worker import DockerWorker as worker_cls
    else:
        from runbeacon.workers.process import ProcessWorker as worker_cls

    async def _run():
        async with worker_cls(work_pool_name=pool, limit=limit) as worker:
            await worker.start()

    asyncio.run(_run())
