"""Accounts and authentication for Juniper Savings."""

import atexit
import logging
import os
import random
import re
from datetime import datetime, timedelta

import bcrypt
import jwt
from flask import Flask, jsonify, request
from sqlalchemy.exc import IntegrityError, OperationalError

from db import UserDb

USERNAME_RE = re.compile(r"^[a-zA-Z0-9_]{2,15}$")


def create_app():
    app = Flask(__name__)
    app.logger.setLevel(os.environ.get("LOG_LEVEL", "INFO").upper())

    app.config["VERSION"] = os.environ.get("VERSION")
    app.config["EXPIRY_SECONDS"] = int(os.environ.get("TOKEN_EXPIRY_SECONDS", "3600"))
    app.config["PRIVATE_KEY"] = open(os.environ.get("PRIV_KEY_PATH"), "r").read()
    app.config["PUBLIC_KEY"] = open(os.environ.get("PUB_KEY_PATH"), "r").read()

    # Database connection string comes from the accounts-db-config ConfigMap.
    try:
        users_db = UserDb(os.environ.get("ACCOUNTS_DB_URI"), app.logger)
    except OperationalError:
        app.logger.critical("users_db database connection failed")
        raise

    @app.route("/version", methods=["GET"])
    def version():
        return app.config["VERSION"], 200

    @app.route("/ready", methods=["GET"])
    def readiness():
        return "ok", 200

    @app.route("/users", methods=["POST"])
    def create_user():
        try:
            req = {k: (bleach(v)) for k, v in request.form.items()}
            _validate_new_user(req)
            if users_db.get_user(req["username"]) is not None:
                return "user already exists", 409
            password = req["password"].encode("utf-8")
            passhash = bcrypt.hashpw(password, bcrypt.gensalt())
            accountid = _generate_accountid()
            user_data = {
                "accountid": accountid,
                "username": req["username"],
                "passhash": passhash,
                "firstname": req["firstname"],
                "lastname": req["lastname"],
                "birthday": req["birthday"],
                "timezone": req["timezone"],
                "address": req["address"],
                "state": req["state"],
                "zip": req["zip"],
                "ssn": req["ssn"],
            }
            users_db.add_user(user_data)
            app.logger.info("created user %s", req["username"])
        except UserWarning as warn:
            return str(warn), 400
        except (IntegrityError, OperationalError) as err:
            app.logger.error("could not create user: %s", err)
            return "failed to create user", 500
        return jsonify({}), 201

    def _validate_new_user(req):
        for field in ("username", "password", "password-repeat", "firstname", "lastname", "birthday",
                      "timezone", "address", "state", "zip", "ssn"):
            if not req.get(field):
                raise UserWarning(f"missing required field {field}")
        if not USERNAME_RE.match(req["username"]):
            raise UserWarning("username must contain 2-15 alphanumeric characters or underscores")
        if req["password"] != req["password-repeat"]:
            raise UserWarning("passwords do not match")

    def _generate_accountid():
        while True:
            accountid = str(random.randint(1e9, (1e10 - 1)))
            if users_db.get_user_by_accountid(accountid) is None:
                return accountid

    @app.route("/login", methods=["GET"])
    def login():
        username = bleach(request.args.get("username"))
        password = bleach(request.args.get("password"))
        user = users_db.get_user(username)
        if user is None:
            return "user not found", 404
        if not bcrypt.checkpw(password.encode("utf-8"), user["passhash"]):
            return "invalid login", 401
        full_name = f"{user['firstname']} {user['lastname']}"
        exp_time = datetime.utcnow() + timedelta(seconds=app.config["EXPIRY_SECONDS"])
        payload = {"user": username, "acct": user["accountid"], "name": full_name, "iat": datetime.utcnow(), "exp": exp_time}
        token = jwt.encode(payload, app.config["PRIVATE_KEY"], algorithm="RS256")
        return jsonify({"token": token}), 200

    def bleach(value):
        return value.strip() if isinstance(value, str) else value

    atexit.register(lambda: app.logger.info("userservice shutting down"))
    return app
