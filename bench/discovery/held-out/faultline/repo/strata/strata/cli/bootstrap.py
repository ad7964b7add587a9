import time

import click


@click.command()
@click.option("--bootstrap-server", default=None, multiple=True, help="Kafka bootstrap server to use.")
@click.option("--kafka/--no-kafka", default=True)
@click.option("--migrate/--no-migrate", default=True)
@click.option("--force", is_flag=True)
def bootstrap(*, bootstrap_server, kafka, migrate, force) -> None:
    """Warning: Not intended to be used in production yet. Run once from install.sh."""
    if not force:
        raise click.ClickException("Must use --force to run")

    if kafka:
        from confluent_kafka.admin import AdminClient, NewTopic

        from strata.kafka_config import Topic, get_broker_config, get_physical_topic

        config = get_broker_config()
        if bootstrap_server:
            config["bootstrap.servers"] = ",".join(bootstrap_server)
        config.pop("queued.max.messages.kbytes", None)
        client = AdminClient(config)
        for attempt in range(60):
            try:
                client.list_topics(timeout=1)
                break
            except Exception:
                time.sleep(1)
        client.create_topics([NewTopic(get_physical_topic(t), num_partitions=1, replication_factor=1) for t in Topic])

    if migrate:
        from strata.clickhouse import get_pool

        pool = get_pool("migrations")
        pool.execute("CREATE TABLE IF NOT EXISTS migrations_local (group String, migration_id String, status String) "
                     "ENGINE = ReplacingMergeTree ORDER BY (group, migration_id)")
