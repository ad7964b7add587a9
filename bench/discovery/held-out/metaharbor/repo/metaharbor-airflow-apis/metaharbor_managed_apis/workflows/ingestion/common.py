#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Metadata DAG common functions: translate an IngestionPipeline into a workflow config
whose metaharborServerConfig is the server connection sent by the Metaharbor server.
"""
from datetime import timedelta
from typing import Callable

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.utils import dates

from metadata.workflow.metadata import MetadataWorkflow


def build_source(ingestion_pipeline: dict) -> dict:
    service = ingestion_pipeline["service"]
    return {
        "type": service["serviceType"].lower(),
        "serviceName": service["name"],
        "serviceConnection": service["connection"],
        "sourceConfig": ingestion_pipeline["sourceConfig"],
    }


def build_workflow_config_property(ingestion_pipeline: dict) -> dict:
    """
    Prepare the workflow config with logLevels and the server connection
    """
    return {
        "loggerLevel": ingestion_pipeline.get("loggerLevel", "INFO"),
        "metaharborServerConfig": ingestion_pipeline["metaharborServerConnection"],
    }


def build_metadata_workflow_config(ingestion_pipeline: dict) -> dict:
    return {
        "source": build_source(ingestion_pipeline),
        "sink": {"type": "metadata-rest", "config": {}},
        "workflowConfig": build_workflow_config_property(ingestion_pipeline),
        "ingestionPipelineFQN": ingestion_pipeline["fullyQualifiedName"],
    }


def metadata_ingestion_workflow(workflow_config: dict):
    """
    Task that creates and runs the ingestion workflow.
    The workflow_config gets cooked form the incoming ingestionPipeline.
    """
    workflow = MetadataWorkflow.create(workflow_config)
    workflow.execute()
    workflow.raise_from_status()
    workflow.print_status()
    workflow.stop()


def build_dag(task_name: str, ingestion_pipeline: dict, workflow_config: dict,
              workflow_fn: Callable = metadata_ingestion_workflow) -> DAG:
    schedule = ingestion_pipeline.get("airflowConfig", {}).get("scheduleInterval")
    with DAG(
        dag_id=ingestion_pipeline["name"],
        description=ingestion_pipeline.get("description"),
        start_date=dates.days_ago(1),
        schedule_interval=schedule,
        dagrun_timeout=timedelta(minutes=60),
        catchup=False,
        is_paused_upon_creation=False,
        tags=["Metaharbor", ingestion_pipeline["pipelineType"]],
    ) as dag:
        PythonOperator(
            task_id=task_name,
            python_callable=workflow_fn,
            op_kwargs={"workflow_config": workflow_config},
            retries=ingestion_pipeline.get("airflowConfig", {}).get("retries", 0),
        )
        return dag
