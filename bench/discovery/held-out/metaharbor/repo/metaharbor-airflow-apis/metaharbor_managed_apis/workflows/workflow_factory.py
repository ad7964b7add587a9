"""
Factory turning a deployed IngestionPipeline JSON into an Airflow DAG
"""
from metaharbor_managed_apis.workflows.ingestion.common import build_dag, build_metadata_workflow_config


class WorkflowFactory:
    """Builds the DAG for the received pipeline"""

    def __init__(self, ingestion_pipeline: dict):
        self.ingestion_pipeline = ingestion_pipeline
        self.dag = None

    @classmethod
    def create(cls, config: dict) -> "WorkflowFactory":
        return cls(config)

    def generate_dag(self, globals_namespace: dict) -> None:
        workflow_config = build_metadata_workflow_config(self.ingestion_pipeline)
        self.dag = build_dag("ingestion_task", self.ingestion_pipeline, workflow_config)
        globals_namespace[self.dag.dag_id] = self.dag

    def get_dag(self):
        return self.dag
