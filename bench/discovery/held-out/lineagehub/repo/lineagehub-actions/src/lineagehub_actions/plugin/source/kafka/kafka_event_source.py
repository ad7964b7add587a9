import logging
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, Optional

import confluent_kafka
from confluent_kafka import KafkaError, KafkaException, TopicPartition
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.schema_registry.schema_registry_client import SchemaRegistryClient
from lineagehub.configuration import ConfigModel
from lineagehub.configuration.kafka import KafkaConsumerConnectionConfig

from lineagehub_actions.event.event_envelope import EventEnvelope
from lineagehub_actions.event.event_registry import (
    ENTITY_CHANGE_EVENT_V1_TYPE,
    METADATA_CHANGE_LOG_EVENT_V1_TYPE,
    EntityChangeEvent,
    MetadataChangeLogEvent,
)
from lineagehub_actions.pipeline.pipeline_context import PipelineContext
from lineagehub_actions.source.event_source import EventSource

logger = logging.getLogger(__name__)

MCL_TOPIC = "mcl"
PE_TOPIC = "pe"


class KafkaEventSourceConfig(ConfigModel):
    connection: KafkaConsumerConnectionConfig = KafkaConsumerConnectionConfig()
    topic_routes: Optional[Dict[str, str]]
    async_commit_enabled: bool = False
    async_commit_interval: int = 10000


@dataclass
class KafkaEventSource(EventSource):
    """Reads MetadataChangeLog and PlatformEvent topics, deserialising Avro via the schema registry."""

    running = False
    source_config: KafkaEventSourceConfig

    def __init__(self, config: KafkaEventSourceConfig, ctx: PipelineContext):
        self.source_config = config
        schema_client_config = config.connection.schema_registry_config.copy()
        schema_client_config["url"] = self.source_config.connection.schema_registry_url
        self.schema_registry_client = SchemaRegistryClient(schema_client_config)

        self.consumer: confluent_kafka.Consumer = confluent_kafka.DeserializingConsumer(
            {
                "group.id": ctx.pipeline_name,
                "bootstrap.servers": self.source_config.connection.bootstrap,
                "enable.auto.commit": False,
                "auto.offset.reset": "latest",
                "value.deserializer": AvroDeserializer(
                    schema_registry_client=self.schema_registry_client,
                    return_record_name=True,
                ),
                "session.timeout.ms": "10000",
                "max.poll.interval.ms": "10000",
                **self.source_config.connection.consumer_config,
            }
        )

    @classmethod
    def create(cls, config_dict: dict, ctx: PipelineContext) -> "EventSource":
        config = KafkaEventSourceConfig.parse_obj(config_dict)
        return cls(config, ctx)

    def events(self) -> Iterable[EventEnvelope]:
        topic_routes = self.source_config.topic_routes or {}
        topics_to_subscribe = list(topic_routes.values())
        logger.debug(f"Subscribing to the following topics: {topics_to_subscribe}")
        self.consumer.subscribe(topics_to_subscribe)
        self.running = True
        while self.running:
            try:
                msg = self.consumer.poll(timeout=2.0)
            except confluent_kafka.error.ConsumeError as e:
                logger.exception(f"Kafka consume error: {e}")
                continue
            if msg is None:
                continue
            if msg.error():
                raise KafkaException(msg.error())
            if msg.topic() == topic_routes.get(MCL_TOPIC):
                yield EventEnvelope(METADATA_CHANGE_LOG_EVENT_V1_TYPE,
                                    MetadataChangeLogEvent.from_class(msg.value()[1]), {"kafka": msg})
            elif msg.topic() == topic_routes.get(PE_TOPIC):
                yield EventEnvelope(ENTITY_CHANGE_EVENT_V1_TYPE,
                                    EntityChangeEvent.from_json(msg.value()[1]["payload"]["value"]), {"kafka": msg})

    def close(self) -> None:
        if self.consumer:
            self.running = False
            self.consumer.close()

    def ack(self, event: EventEnvelope, processed: bool = True) -> None:
        msg = event.meta["kafka"]
        self.consumer.commit(offsets=[TopicPartition(msg.topic(), msg.partition(), msg.offset() + 1)],
                             asynchronous=self.source_config.async_commit_enabled)
