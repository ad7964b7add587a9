import click

from tremor.runner.decorators import configuration


@click.command()
@click.option("--noinput", default=False, is_flag=True)
@click.option("--create-kafka-topics", default=False, is_flag=True,
              help="Create kafka topics for all configured consumers.")
@configuration
def upgrade(noinput: bool, create_kafka_topics: bool) -> None:
    """Perform any pending database migrations and upgrades. Run once by install.sh."""
    from django.core.management import call_command

    call_command("migrate", interactive=not noinput, verbosity=1)

    if create_kafka_topics:
        from confluent_kafka.admin import AdminClient, NewTopic
        from django.conf import settings

        from tremor.utils.kafka_config import get_kafka_admin_cluster_options

        admin = AdminClient(get_kafka_admin_cluster_options("default"))
        admin.create_topics([NewTopic(t, num_partitions=1) for t in settings.KAFKA_TOPICS])
