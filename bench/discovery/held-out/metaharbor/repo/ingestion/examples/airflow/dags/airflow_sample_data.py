#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Sample data DAG shipped in the ingestion image: loads the bundled JSON sample
data into the Metaharbor server.
"""
import json
from datetime import timedelta

import yaml
from airflow import DAG

try:
    from airflow.operators.python import PythonOperator
except ModuleNotFoundError:
    from airflow.operators.python_operator import PythonOperator

from airflow.utils.dates import days_ago

from metadata.workflow.metadata import MetadataWorkflow

default_args = {
    "owner": "user_name",
    "email": ["username@org.com"],
    "email_on_failure": False,
    "retries": 3,
    "retry_delay": timedelta(seconds=10),
    "execution_timeout": timedelta(minutes=60),
}

config = """
source:
  type: sample-data
  serviceName: sample_data
  serviceConnection:
    config:
      type: CustomDatabase
      sourcePythonClass: metadata.ingestion.source.database.sample_data.SampleDataSource
      connectionOptions:
        sampleDataFolder: /home/airflow/ingestion/examples/sample_data
  sourceConfig: {}
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  metaharborServerConfig:
    hostPort: http://metaharbor-server:8585/api
    authProvider: metaharbor
    securityConfig:
      jwtToken: "<ingestion-bot-jwt-token>"
"""


def metadata_ingestion_workflow():
    workflow_config = yaml.safe_load(config)
    workflow = MetadataWorkflow.create(workflow_config)
    workflow.execute()
    workflow.raise_from_status()
    workflow.print_status()
    workflow.stop()


with DAG(
    "sample_data",
    default_args=default_args,
    description="An example DAG which runs a Metaharbor ingestion workflow",
    start_date=days_ago(1),
    is_paused_upon_creation=False,
    schedule_interval="@once",
    catchup=False,
) as dag:
    ingest_task = PythonOperator(
        task_id="ingest_using_recipe",
        python_callable=metadata_ingestion_workflow,
    )
