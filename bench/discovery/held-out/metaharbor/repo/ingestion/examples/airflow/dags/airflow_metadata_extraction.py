#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Metadata DAG extracting the schemas of the quickstart MySQL container itself
as a database service.
"""
from datetime import timedelta

import yaml
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.utils.dates import days_ago

from metadata.workflow.metadata import MetadataWorkflow

default_args = {
    "owner": "user_name",
    "retries": 3,
    "retry_delay": timedelta(minutes=2),
    "execution_timeout": timedelta(minutes=60),
    "schedule_interval": "0 */1 * * *",
}

config = """
source:
  type: mysql
  serviceName: local_mysql
  serviceConnection:
    config:
      type: Mysql
      username: metaharbor_user
      authType:
        password: metaharbor_password
      hostPort: mysql:3306
      databaseSchema: metaharbor_db
  sourceConfig:
    config:
      type: DatabaseMetadata
      markDeletedTables: true
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  loggerLevel: INFO
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
    "mysql_metadata_extraction",
    default_args=default_args,
    description="An example DAG which pulls metadata from the local MySQL",
    start_date=days_ago(1),
    is_paused_upon_creation=True,
    catchup=False,
) as dag:
    ingest_task = PythonOperator(
        task_id="ingest_using_recipe",
        python_callable=metadata_ingestion_workflow,
    )
