#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Workflow definition for metadata related ingestions: source -> metadata-rest sink
"""
from metadata.ingestion.sink.metadata_rest import MetadataRestSink
from metadata.ingestion.source.database.common_db_source import CommonDbSourceService
from metadata.ingestion.source.database.sample_data import SampleDataSource
from metadata.utils.logger import ingestion_logger
from metadata.workflow.base import BaseWorkflow

logger = ingestion_logger()

SOURCE_CLASSES = {
    "mysql": CommonDbSourceService,
    "postgres": CommonDbSourceService,
    "sample-data": SampleDataSource,
}


class MetadataWorkflow(BaseWorkflow):
    """Metadata ingestion workflow implementation"""

    @classmethod
    def create(cls, config_dict: dict) -> "MetadataWorkflow":
        return cls(config_dict)

    def execute_internal(self):
        source_type = self.config["source"]["type"].lower()
        source = SOURCE_CLASSES[source_type].create(self.config["source"], self.metadata)
        sink = MetadataRestSink.create(self.config.get("sink", {}), self.metadata)
        for record in source._iter():  # pylint: disable=protected-access
            sink.write_record(record)
        logger.info("Ingested %s records from %s", sink.written, source_type)
        source.close()
