/**
 * A Python command-line tool's subcommands and what functions start (python-cli.ts), as the code
 * source reads them.
 */
import { describe, expect, it } from 'vitest';
import type { CodeNamesFact, Fact } from '../../../core/discovery/facts.js';
import { code, readSnippetWithNames } from './code-test-support.js';
import { pythonCodeSource } from './python-source.js';

/** The commands and starts of a file's CLI fact. */
async function cliOf(text: string): Promise<{ commands: object[]; starts: Record<string, string> }> {
  const facts: Fact[] = await readSnippetWithNames(pythonCodeSource, 'kiln/cli.py', text);
  const cli = facts.filter((fact): fact is CodeNamesFact => fact.type === 'code-names' && (fact.commands !== undefined || fact.starts !== undefined));
  return { commands: cli.flatMap((fact) => (fact.commands ?? []).map(({ word, function: target }) => ({ word, function: target }))), starts: Object.assign({}, ...cli.map((fact) => fact.starts ?? {})) };
}

describe('python command-line tools', () => {
  it.each<[string, string, object[], Record<string, string>]>([
    [
      'click group: a function name, a given name, underscores as dashes; what each starts',
      code`
        import click

        @click.group()
        def run():
            pass

        @run.command()
        def worker():
            from kiln.celery import app
            app.worker_main(["worker", "-l", "info"])

        @run.command("cron")
        def beat_scheduler():
            from kiln.celery import app
            app.Beat(loglevel="info").run()

        @run.command()
        @click.option("--port", default=8000)
        def web_server(port):
            from waitress import serve
            serve(application, port=port)
      `,
      [
        { word: 'worker', function: 'worker' },
        { word: 'cron', function: 'beat_scheduler' },
        { word: 'web-server', function: 'web_server' },
      ],
      { worker: 'worker', beat_scheduler: 'beat', web_server: 'web' },
    ],
    [
      'typer app with name=, and a celery command line handed to subprocess',
      code`
        import subprocess
        import typer

        cli = typer.Typer()

        @cli.command(name="jobs")
        def run_jobs():
            subprocess.run(["celery", "-A", "kiln", "worker", "-B"])

        @cli.command()
        def api():
            import uvicorn
            uvicorn.run("kiln.asgi:app")
      `,
      [
        { word: 'jobs', function: 'run_jobs' },
        { word: 'api', function: 'api' },
      ],
      { run_jobs: 'worker,beat', api: 'web' },
    ],
    [
      'nested typer apps: added by name, or named by their own constructor',
      code`
        import typer

        app = typer.Typer()
        server_app = typer.Typer(help="server")
        worker_app = typer.Typer(name="worker")
        app.add_typer(server_app, name="server")
        app.add_typer(worker_app)

        @server_app.command()
        def start():
            pass

        @worker_app.command("start")
        def worker_start():
            pass

        @app.command()
        def version():
            pass
      `,
      [
        { word: 'server start', function: 'start' },
        { word: 'worker start', function: 'worker_start' },
        { word: 'version', function: 'version' },
      ],
      {},
    ],
    [
      'nested click groups: `@cli.group()` and `add_command` of a group',
      code`
        import click

        @click.group()
        def cli():
            pass

        @cli.group()
        def server():
            pass

        @click.group("db")
        def database():
            pass

        cli.add_command(database)

        @server.command()
        def start():
            pass

        @database.command()
        def upgrade():
            pass
      `,
      [
        { word: 'server start', function: 'start' },
        { word: 'db upgrade', function: 'upgrade' },
      ],
      {},
    ],
    [
      'argparse: chained set_defaults, and a parser held in a variable',
      code`
        import argparse
        from kiln.commands import scheduler_cmd

        def purge(args):
            pass

        def main():
            parser = argparse.ArgumentParser()
            sub = parser.add_subparsers()
            sub.add_parser("scheduler").set_defaults(func=scheduler_cmd.run)
            p = sub.add_parser("purge")
            p.add_argument("--all")
            p.set_defaults(func=purge)
            args = parser.parse_args()
            args.func(args)
      `,
      [
        { word: 'scheduler', function: 'scheduler_cmd.run' },
        { word: 'purge', function: 'purge' },
      ],
      {},
    ],
    [
      // Not subcommands: a standalone `@click.command()` program, an add_parser with no function, a team's own `Worker` class.
      'traps: a standalone click program, a parser with no func, a bare Worker()',
      code`
        import click

        @click.command()
        def main():
            pass

        def build(sub):
            sub.add_parser("version")

        def start():
            Worker()
      `,
      [],
      {},
    ],
  ])('%s', async (_, text, commands, starts) => {
    expect(await cliOf(text)).toEqual({ commands, starts });
  });
});
