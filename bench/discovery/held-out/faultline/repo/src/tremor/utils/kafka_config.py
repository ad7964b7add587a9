from __future__ import annotations

import functools
from typing import Any, Mapping

from confluent_kafka import Producer

from django.conf import settings

SUPPORTED_KAFKA_CONFIGURATION = (
    # Check https://github.com/confluentinc/librdkafka/blob/master/CONFIGURATION.md
    # for the full list of available options
    "bootstrap.servers",
    "compression.type",
    "message.max.bytes",
    "security.protocol",
    "socket.timeout.ms",
    "sasl.mechanism",
    "sasl.username",
    "sasl.password",
)


def _get_kafka_cluster_options(cluster_name: str, config_section: str, only_bootstrap: bool = False, override_params: Mapping[str, Any] | None = None):
    cluster_options = settings.KAFKA_CLUSTERS[cluster_name]
    custom_options = dict(cluster_options.get("common", {}))
    custom_options.update(cluster_options.get(config_section, {}))
    # tremor.conf.py may assign a flat librdkafka dict (self-hosted does)
    for key, value in cluster_options.items():
        if key not in ("common", "producers", "consumers"):
            custom_options[key] = value

    if only_bootstrap:
        custom_options = {"bootstrap.servers": custom_options["bootstrap.servers"]}
    else:
        for key in list(custom_options):
            if key not in SUPPORTED_KAFKA_CONFIGURATION:
                custom_options.pop(key)
    if override_params:
        custom_options.update(override_params)
    return custom_options


def get_kafka_producer_cluster_options(cluster_name: str) -> dict[str, Any]:
    return _get_kafka_cluster_options(cluster_name, "producers")


def get_kafka_consumer_cluster_options(cluster_name: str, override_params=None) -> dict[str, Any]:
    return _get_kafka_cluster_options(cluster_name, "consumers", override_params=override_params)


def get_kafka_admin_cluster_options(cluster_name: str) -> dict[str, Any]:
    return _get_kafka_cluster_options(cluster_name, "admin", only_bootstrap=True)


def get_topic_definition(topic: str) -> dict[str, Any]:
    return {"cluster": (settings.KAFKA_TOPICS.get(topic) or {}).get("cluster", "default"), "real_topic_name": topic}


@functools.lru_cache(maxsize=None)
def get_producer_for_topic(topic: str) -> Producer:
    cluster_name = get_topic_definition(topic)["cluster"]
    return Producer(get_kafka_producer_cluster_options(cluster_name))
