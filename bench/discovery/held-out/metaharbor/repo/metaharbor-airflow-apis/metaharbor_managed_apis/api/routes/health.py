"""
Health endpoint. Globally accessible
"""
import socket

from flask import Response, jsonify

from metaharbor_managed_apis.api.config import REST_API_PLUGIN_VERSION


def health():
    """
    /health endpoint to check Airflow REST status without auth
    """
    return jsonify({"status": "healthy", "version": REST_API_PLUGIN_VERSION})


def get_host_ip() -> Response:
    """
    /ip endpoint to check Airflow host IP. Users will need to whitelist it
    """
    try:
        return jsonify({"ip": socket.gethostbyname(socket.gethostname())})
    except Exception as exc:  # pylint: disable=broad-except
        return Response(f"Error {exc}", status=500)
