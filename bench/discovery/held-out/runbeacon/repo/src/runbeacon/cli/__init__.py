import typer

from runbeacon.cli.server import server_app
from runbeacon.cli.worker import worker_app

app = typer.Typer(name="runbeacon", help="Runbeacon workflow orchestration")
app.add_typer(server_app, name="server")
app.add_typer(worker_app, name="worker")
