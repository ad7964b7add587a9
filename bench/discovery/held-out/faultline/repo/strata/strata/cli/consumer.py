import signal

import click


@click.command()
@click.option("--storage", "storage_name", type=click.Choice(["errors", "outcomes_raw"]), required=True,
              help="The storage to target")
@click.option("--consumer-group", default="strata-consumers", help="Consumer group use for consuming the raw events topic.")
@click.option("--auto-offset-reset", default="error", type=click.Choice(["error", "earliest", "latest"]))
@click.option("--no-strict-offset-reset", is_flag=True)
@click.option("--max-batch-size", default=None, type=int)
@click.option("--max-batch-time-ms", default=None, type=int)
@click.option("--log-level", default=None)
def consumer(*, storage_name, consumer_group, auto_offset_reset, no_strict_offset_reset, max_batch_size,
             max_batch_time_ms, log_level) -> None:
    from strata.consumer import BatchWriter
    from strata.environment import settings, setup_logging

    setup_logging(log_level)
    writer = BatchWriter(
        storage=storage_name,
        group_id=consumer_group,
        auto_offset_reset=auto_offset_reset,
        strict_offset_reset=not no_strict_offset_reset,
        max_batch_size=max_batch_size or settings.DEFAULT_MAX_BATCH_SIZE,
        max_batch_time_ms=max_batch_time_ms or settings.DEFAULT_MAX_BATCH_TIME_MS,
    )
    signal.signal(signal.SIGINT, writer.signal_shutdown)
    signal.signal(signal.SIGTERM, writer.signal_shutdown)
    writer.run()
