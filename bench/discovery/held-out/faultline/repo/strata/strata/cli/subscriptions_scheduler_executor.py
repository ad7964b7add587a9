import click


@click.command()
@click.option("--dataset", "dataset_name", required=True, type=click.Choice(["events"]))
@click.option("--entity", "entity_names", required=True, multiple=True)
@click.option("--consumer-group", default="strata-subscription-executor")
@click.option("--followed-consumer-group", required=True, help="Name of the consumer group to follow")
@click.option("--auto-offset-reset", default="error", type=click.Choice(["error", "earliest", "latest"]))
@click.option("--schedule-ttl", type=int, default=60)
@click.option("--stale-threshold-seconds", type=int, default=900)
@click.option("--no-strict-offset-reset", is_flag=True)
def subscriptions_scheduler_executor(*, dataset_name, entity_names, consumer_group, followed_consumer_group,
                                     auto_offset_reset, schedule_ttl, stale_threshold_seconds,
                                     no_strict_offset_reset) -> None:
    """Combined subscriptions scheduler and executor. Alternative to the separate scheduler and executor processes."""
    from strata.subscriptions import SchedulerExecutor

    SchedulerExecutor(
        entity=entity_names[0],
        group_id=consumer_group,
        followed_group=followed_consumer_group,
        auto_offset_reset=auto_offset_reset,
        schedule_ttl=schedule_ttl,
        stale_threshold_seconds=stale_threshold_seconds,
    ).run()
