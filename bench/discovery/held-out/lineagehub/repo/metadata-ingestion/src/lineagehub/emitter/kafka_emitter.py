import logging
from typing import Callable, Dict, Optional, Union

from confluent_kafka import SerializingProducer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import SerializationContext, StringSerializer
from pydantic import Field

from lineagehub.configuration.common import ConfigModel
from lineagehub.configuration.kafka import KafkaProducerConnectionConfig
from lineagehub.emitter.mcp import MetadataChangeProposalWrapper
from lineagehub.metadata.schemas import getMetadataChangeProposalSchema

logger = logging.getLogger(__name__)

DEFAULT_MCP_KAFKA_TOPIC = "MetadataChangeProposal_v1"
MCP_KEY = "MetadataChangeProposal"


class KafkaEmitterConfig(ConfigModel):
    connection: KafkaProducerConnectionConfig = Field(default_factory=KafkaProducerConnectionConfig)
    topic_routes: Dict[str, str] = {MCP_KEY: DEFAULT_MCP_KAFKA_TOPIC}


class LineagehubKafkaEmitter:
    """Emits MCPs to Kafka (consumed by the MCE consumer) instead of calling GMS directly."""

    def __init__(self, config: KafkaEmitterConfig):
        self.config = config
        schema_registry_conf = {
            "url": self.config.connection.schema_registry_url,
            **self.config.connection.schema_registry_config,
        }
        schema_registry_client = SchemaRegistryClient(schema_registry_conf)

        def convert_mcp(obj: MetadataChangeProposalWrapper, ctx: SerializationContext) -> dict:
            return obj.to_obj(tuples=True)

        mcp_avro_serializer = AvroSerializer(
            schema_str=getMetadataChangeProposalSchema(),
            schema_registry_client=schema_registry_client,
            to_dict=convert_mcp,
        )
        producer_config = {
            "bootstrap.servers": self.config.connection.bootstrap,
            "key.serializer": StringSerializer("utf_8"),
            "value.serializer": mcp_avro_serializer,
            **self.config.connection.producer_config,
        }
        self.producer = SerializingProducer(producer_config)

    def emit_mcp_async(
        self,
        mcp: MetadataChangeProposalWrapper,
        callback: Optional[Callable[[Exception, str], None]] = None,
    ) -> None:
        self.producer.poll(0)
        self.producer.produce(
            topic=self.config.topic_routes[MCP_KEY],
            key=mcp.entityUrn,
            value=mcp,
            on_delivery=callback,
        )

    def flush(self) -> None:
        self.producer.flush()
