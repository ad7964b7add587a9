import json
from typing import Any, Callable, Dict, Optional

from django.conf import settings
from kafka import KafkaProducer as KP
from structlog import get_logger

logger = get_logger(__name__)


class _KafkaProducerForTests:
    def __init__(self):
        pass

    def send(self, topic: str, value: Any, key: Any = None, headers=None):
        return

    def flush(self, timeout=None):
        return


def _sasl_params() -> Dict[str, Any]:
    if settings.KAFKA_SECURITY_PROTOCOL in ("SASL_PLAINTEXT", "SASL_SSL"):
        return {
            "sasl_mechanism": "PLAIN",
            "sasl_plain_username": settings.KAFKA_SASL_USER if hasattr(settings, "KAFKA_SASL_USER") else None,
            "sasl_plain_password": settings.KAFKA_SASL_PASSWORD if hasattr(settings, "KAFKA_SASL_PASSWORD") else None,
        }
    return {}


class _KafkaProducer:
    def __init__(self, test: bool = settings.TEST, kafka_hosts=None, kafka_security_protocol=None):
        if kafka_security_protocol is None:
            kafka_security_protocol = settings.KAFKA_SECURITY_PROTOCOL or "PLAINTEXT"
        if kafka_hosts is None:
            kafka_hosts = settings.KAFKA_HOSTS
        if test:
            self.producer = _KafkaProducerForTests()
        else:
            self.producer = KP(
                retries=5,
                bootstrap_servers=kafka_hosts,
                security_protocol=kafka_security_protocol,
                compression_type="gzip",
                **_sasl_params(),
            )

    @staticmethod
    def json_serializer(d):
        return json.dumps(d).encode("utf-8")

    def produce(self, topic: str, data: Any, key: Any = None, value_serializer: Optional[Callable] = None):
        if not value_serializer:
            value_serializer = self.json_serializer
        b = value_serializer(data)
        if key is not None:
            key = key.encode("utf-8")
        return self.producer.send(topic, value=b, key=key)

    def flush(self, timeout=None):
        self.producer.flush(timeout)


_producer: Optional[_KafkaProducer] = None


def KafkaProducer() -> _KafkaProducer:
    global _producer
    if _producer is None:
        _producer = _KafkaProducer()
    return _producer
