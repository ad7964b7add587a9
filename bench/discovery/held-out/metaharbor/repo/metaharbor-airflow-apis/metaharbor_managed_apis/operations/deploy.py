#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Module containing the logic to deploy DAGs from the IngestionPipeline JSON
"""
import json
import os
from pathlib import Path
from typing import Dict

from airflow import settings
from airflow.models import DagBag, DagModel
from flask import Response, escape, jsonify
from jinja2 import Template

from metaharbor_managed_apis.api.config import AIRFLOW_DAGS_FOLDER, DAG_GENERATED_CONFIGS

TEMPLATE_PATH = Path(__file__).parent.parent / "resources" / "dag_runner.j2"


class DeployDagException(Exception):
    """Error when deploying the DAG"""


class DagDeployer:
    """
    Helper class to store DAG config
    and deploy it to Airflow
    """

    def __init__(self, ingestion_pipeline: Dict):
        self.ingestion_pipeline = ingestion_pipeline
        self.dag_id = ingestion_pipeline["name"]

    def store_airflow_pipeline_config(self, dag_config_file_path: Path) -> Dict[str, str]:
        """
        Store the airflow pipeline config in a JSON file and
        return the path for the Jinja rendering.
        """
        with open(dag_config_file_path, "w", encoding="utf-8") as outfile:
            outfile.write(json.dumps(self.ingestion_pipeline))
        return {"workflow_config_file": str(dag_config_file_path)}

    def store_and_validate_dag_file(self, dag_runner_config: Dict[str, str]) -> str:
        """
        Stores the Python file generating the DAG and returns
        the rendered strings
        """
        dag_py_file = Path(AIRFLOW_DAGS_FOLDER) / f"{self.dag_id}.py"
        with open(TEMPLATE_PATH, "r", encoding="utf-8") as f:
            template = Template(f.read(), autoescape=True)
        rendered_dag = template.render(dag_runner_config)
        with open(dag_py_file, "w", encoding="utf-8") as f:
            f.write(rendered_dag)
        return str(dag_py_file)

    def refresh_session_dag(self, dag_py_file: str) -> Response:
        dag_bag = DagBag(dag_folder=dag_py_file, include_examples=False)
        dag = dag_bag.get_dag(self.dag_id)
        if not dag:
            raise DeployDagException(f"Could not load DAG {self.dag_id}")
        dag.sync_to_db(session=settings.Session())
        return jsonify({"message": f"Workflow [{escape(self.dag_id)}] has been created"})

    def deploy(self) -> Response:
        dag_config_file_path = Path(DAG_GENERATED_CONFIGS) / f"{self.dag_id}.json"
        dag_runner_config = self.store_airflow_pipeline_config(dag_config_file_path)
        dag_py_file = self.store_and_validate_dag_file(dag_runner_config)
        return self.refresh_session_dag(dag_py_file)


def delete_dag_id(dag_id: str) -> None:
    for path in (Path(AIRFLOW_DAGS_FOLDER) / f"{dag_id}.py", Path(DAG_GENERATED_CONFIGS) / f"{dag_id}.json"):
        if path.exists():
            os.remove(path)
    with settings.Session() as session:
        session.query(DagModel).filter(DagModel.dag_id == dag_id).delete()
        session.commit()
