"""`runbeacon server start` and `runbeacon server services start`."""
import asyncio

import typer
import uvicorn

from runbeacon.settings import get_current_settings

server_app = typer.Typer(help="Start the Runbeacon server")
services_app = typer.Typer(help="Run background services without the API")
server_app.add_typer(services_app, name="services")


@server_app.command()
def start(
    host: str = typer.Option(None),
    port: int = typer.Option(None),
    no_services: bool = typer.Option(False, "--no-services", help="Only run the API and UI"),
):
    settings = get_current_settings()
    from runbeacon.server.api.server import create_app

    app = create_app(run_services=not no_services)
    uvicorn.run(app, host=host or settings.server.api_host, port=port or settings.server.api_port,
                log_level=settings.logging_level.lower())


@services_app.command("start")
def services_start():
    """Run scheduler, late-runs, event persister and triggers in this process."""
    from runbeacon.server.services.base import run_all_services

    asyncio.run(run_all_services())
