"""
Deploy the DAG and scan it with the scheduler
"""
import logging
import traceback

from flask import Response, escape, jsonify, request

from metaharbor_managed_apis.operations.deploy import DagDeployer, delete_dag_id

logger = logging.getLogger(__name__)


def deploy_dag() -> Response:
    """
    Custom Function for the deploy_dag API
    Creates workflow dag based on workflow dag file and refreshes
    the session
    """
    json_request = request.get_json(cache=False)
    try:
        if json_request is None:
            return Response("Did not receive any JSON request to deploy", status=400)
        deployer = DagDeployer(json_request)
        response = deployer.deploy()
        return response
    except Exception as exc:  # pylint: disable=broad-except
        logger.debug(traceback.format_exc())
        return Response(f"Internal error deploying [{escape(json_request)}] due to [{exc}] ", status=500)


def delete_dag() -> Response:
    dag_id = request.args.get("dag_id")
    if not dag_id:
        return Response("Missing dag_id argument in the request", status=400)
    delete_dag_id(dag_id)
    return jsonify({"message": f"DAG [{escape(dag_id)}] has been deleted"})
