"""Per-user contact list for Juniper Savings."""

import logging
import os
import re

import jwt
from flask import Flask, jsonify, request
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from db import ContactsDb

ACCT_RE = re.compile(r"^[0-9]{10}$")
ROUTE_RE = re.compile(r"^[0-9]{9}$")


def create_app():
    app = Flask(__name__)
    app.logger.setLevel(os.environ.get("LOG_LEVEL", "INFO").upper())
    app.config["VERSION"] = os.environ.get("VERSION")
    app.config["LOCAL_ROUTING"] = os.environ.get("LOCAL_ROUTING_NUM")
    app.config["PUBLIC_KEY"] = open(os.environ.get("PUB_KEY_PATH"), "r").read()

    db_uri = os.environ.get("ACCOUNTS_DB_URI")
    try:
        contacts_db = ContactsDb(db_uri, app.logger)
    except OperationalError:
        app.logger.critical("database connection failed")
        raise

    def _auth(username):
        auth_header = request.headers.get("Authorization", "")
        token = auth_header.split(" ")[-1]
        try:
            claims = jwt.decode(token, key=app.config["PUBLIC_KEY"], algorithms="RS256")
        except jwt.exceptions.InvalidTokenError:
            return False
        return claims.get("user") == username

    @app.route("/version", methods=["GET"])
    def version():
        return app.config["VERSION"], 200

    @app.route("/ready", methods=["GET"])
    def ready():
        return "ok", 200

    @app.route("/contacts/<username>", methods=["GET"])
    def get_contacts(username):
        if not _auth(username):
            return "authentication denied", 401
        try:
            return jsonify(contacts_db.get_contacts(username)), 200
        except SQLAlchemyError as err:
            app.logger.error("error retrieving contacts: %s", err)
            return "failed to retrieve contacts list", 500

    @app.route("/contacts/<username>", methods=["POST"])
    def add_contact(username):
        if not _auth(username):
            return "authentication denied", 401
        req = request.get_json(force=True)
        try:
            _validate(req)
            existing = contacts_db.get_contacts(username)
            if any(c["label"] == req["label"] for c in existing):
                raise UserWarning("contact already exists")
            contacts_db.add_contact({
                "username": username,
                "label": req["label"],
                "account_num": req["account_num"],
                "routing_num": req["routing_num"],
                "is_external": req["is_external"],
            })
        except UserWarning as warn:
            return str(warn), 409
        except ValueError as err:
            return str(err), 400
        except SQLAlchemyError as err:
            app.logger.error("error adding contact: %s", err)
            return "failed to add contact", 500
        return jsonify({}), 201

    def _validate(req):
        for key in ("label", "account_num", "routing_num", "is_external"):
            if key not in req:
                raise ValueError(f"missing required field {key}")
        if not ACCT_RE.match(req["account_num"]):
            raise ValueError("invalid account number")
        if not ROUTE_RE.match(req["routing_num"]):
            raise ValueError("invalid routing number")
        if not req["is_external"] and req["routing_num"] != app.config["LOCAL_ROUTING"]:
            raise ValueError("invalid routing number for an internal account")

    return app
