import click


@click.command()
@click.option("--storage", "storage_name", type=click.Choice(["errors"]), required=True)
@click.option("--consumer-group", default="strata-replacers")
@click.option("--auto-offset-reset", default="error", type=click.Choice(["error", "earliest", "latest"]))
@click.option("--no-strict-offset-reset", is_flag=True)
def replacer(*, storage_name, consumer_group, auto_offset_reset, no_strict_offset_reset) -> None:
    from strata.replacer import run_replacer

    run_replacer(storage_name, consumer_group, auto_offset_reset, not no_strict_offset_reset)
