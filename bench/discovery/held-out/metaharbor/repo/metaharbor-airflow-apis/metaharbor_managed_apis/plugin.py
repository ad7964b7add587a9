#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Airflow plugin registering the Metaharbor REST API blueprint in the Airflow webserver.
The Metaharbor server (AirflowRESTClient) calls these endpoints.
"""
from airflow.plugins_manager import AirflowPlugin
from flask import Blueprint

from metaharbor_managed_apis.api.config import API_BASE, PLUGIN_NAME
from metaharbor_managed_apis.api.routes import deploy, health, trigger

# Creating the REST_API_PLUGIN which is a child class of AirflowPlugin
blueprint = Blueprint(PLUGIN_NAME, __name__, url_prefix=API_BASE)

blueprint.add_url_rule("/deploy", view_func=deploy.deploy_dag, methods=["POST"])
blueprint.add_url_rule("/trigger", view_func=trigger.trigger_dag, methods=["POST"])
blueprint.add_url_rule("/kill", view_func=trigger.kill_dag, methods=["POST"])
blueprint.add_url_rule("/health", view_func=health.health, methods=["GET"])
blueprint.add_url_rule("/health-auth", view_func=health.health, methods=["GET"])
blueprint.add_url_rule("/ip", view_func=health.get_host_ip, methods=["GET"])
blueprint.add_url_rule("/last_dag_logs", view_func=trigger.last_dag_logs, methods=["GET"])
blueprint.add_url_rule("/delete", view_func=deploy.delete_dag, methods=["DELETE"])


class RestApiPlugin(AirflowPlugin):
    """Creating the RestApiPlugin which is a child class of AirflowPlugin"""

    name = PLUGIN_NAME
    flask_blueprints = [blueprint]
