#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Base workflow definition. Every workflow gets a Metaharbor client built from
workflowConfig.metaharborServerConfig so it can report status back to the server.
"""
import uuid
from abc import ABC, abstractmethod

from metadata.generated.connections import MetaharborConnection
from metadata.ingestion.ometa.ometa_api import Metaharbor
from metadata.utils.logger import ingestion_logger

logger = ingestion_logger()


class InvalidWorkflowJSONException(Exception):
    """Raised when we cannot properly parse the workflow"""


class BaseWorkflow(ABC):
    """
    Base workflow implementation
    """

    def __init__(self, config: dict):
        self.config = config
        self.run_id = str(uuid.uuid4())
        server_config = config["workflowConfig"]["metaharborServerConfig"]
        self.metadata_config = MetaharborConnection(**server_config)
        self.metadata = self.create_ometa_client()
        self.ingestion_pipeline_fqn = config.get("ingestionPipelineFQN")

    def create_ometa_client(self) -> Metaharbor:
        metadata = Metaharbor(self.metadata_config)
        if not metadata.health_check():
            raise InvalidWorkflowJSONException(
                f"Cannot reach the Metaharbor server at {self.metadata_config.hostPort}"
            )
        return metadata

    def set_ingestion_pipeline_status(self, state: str) -> None:
        """Report the pipeline status to /services/ingestionPipelines/{fqn}/pipelineStatus"""
        if not self.ingestion_pipeline_fqn:
            return
        self.metadata.client.put(
            f"/services/ingestionPipelines/{self.ingestion_pipeline_fqn}/pipelineStatus",
            data=f'{{"runId": "{self.run_id}", "pipelineState": "{state}"}}',
        )

    @abstractmethod
    def execute_internal(self):
        """Workflow-specific logic"""

    def execute(self):
        self.set_ingestion_pipeline_status("running")
        try:
            self.execute_internal()
            self.set_ingestion_pipeline_status("success")
        except Exception:
            self.set_ingestion_pipeline_status("failed")
            raise

    def stop(self):
        self.metadata.close()

    def raise_from_status(self):
        pass

    def print_status(self):
        logger.info("Workflow %s finished", self.run_id)
