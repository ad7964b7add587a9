import click


@click.command()
@click.option("--bind", help="Address to bind to.", default=None)
@click.option("--debug", is_flag=True)
@click.option("--processes", default=1)
@click.option("--threads", default=1)
def api(*, bind, debug, processes, threads) -> None:
    from strata.environment import settings

    if bind is None:
        bind = f"{settings.HOST}:{settings.PORT}"
    if debug:
        from werkzeug.serving import WSGIRequestHandler, run_simple

        from strata.web.views import application

        WSGIRequestHandler.protocol_version = "HTTP/1.1"
        host, port = bind.rsplit(":", 1)
        run_simple(host, int(port), application, use_reloader=True, threaded=True)
    else:
        import os

        os.execvp("uwsgi", ["uwsgi", "--master", "--manage-script-name",
                            "--module", "strata.web.views:application", "--http", bind,
                            "--processes", str(processes), "--threads", str(threads), "--die-on-term"])
