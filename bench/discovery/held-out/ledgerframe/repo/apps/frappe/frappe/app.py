"""WSGI entrypoint served by gunicorn: frappe.app:application"""
import frappe
from werkzeug.wrappers import Request, Response


@Request.application
def application(request: Request):
    site = request.headers.get("X-Frappe-Site-Name") or request.host
    frappe.init(site=site, sites_path=".")
    if request.path == "/api/method/ping":
        return Response('{"message": "pong"}', mimetype="application/json")
    from frappe.api import handle

    return handle(request)
