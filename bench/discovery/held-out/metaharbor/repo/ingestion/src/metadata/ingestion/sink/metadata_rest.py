#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
This is the main used sink for all Metaharbor ingestions:
it PUTs every record to the Metaharbor server API.
"""
import json

from metadata.ingestion.ometa.client import APIError
from metadata.ingestion.ometa.ometa_api import Metaharbor
from metadata.utils.logger import ingestion_logger

logger = ingestion_logger()


class MetadataRestSink:
    """
    Sink implementation using the Metaharbor API client
    """

    def __init__(self, config: dict, metadata: Metaharbor):
        self.config = config
        self.metadata = metadata
        self.written = 0

    @classmethod
    def create(cls, config_dict: dict, metadata: Metaharbor):
        return cls(config_dict, metadata)

    def write_record(self, record: dict) -> None:
        try:
            self.metadata.client.put("/tables", data=json.dumps(record))
            self.written += 1
        except APIError as err:
            logger.error("Failed to ingest %s: %s", record.get("name"), err)

    def close(self):
        self.metadata.close()
