"""Web frontend for Juniper Savings."""

import datetime
import logging
import os
import socket

import jwt
import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template, request, url_for

from backend_client import BackendClient, BackendError
import formatting

BALANCE_UNAVAILABLE = None


def create_app():
    """Flask application factory."""
    app = Flask(__name__)
    app.logger.setLevel(os.environ.get("LOG_LEVEL", "INFO").upper())

    # Backend endpoints. Hosts come from the service-api-config ConfigMap.
    app.config["TRANSACTIONS_URI"] = f'http://{os.environ.get("TRANSACTIONS_API_ADDR")}/transactions'
    app.config["USERSERVICE_URI"] = f'http://{os.environ.get("USERSERVICE_API_ADDR")}/users'
    app.config["HISTORY_URI"] = f'http://{os.environ.get("HISTORY_API_ADDR")}/transactions'
    app.config["LOGIN_URI"] = f'http://{os.environ.get("USERSERVICE_API_ADDR")}/login'
    app.config["CONTACTS_URI"] = f'http://{os.environ.get("CONTACTS_API_ADDR")}/contacts'
    # app.config["BALANCES_URI"] = f'http://{os.environ.get("BALANCES_API_ADDR")}/balances'
    #   (balances are fetched directly in _get_balance since the v0.8 timeout change)
    app.config["PUBLIC_KEY"] = open(os.environ.get("PUB_KEY_PATH"), "r").read()
    app.config["LOCAL_ROUTING"] = os.getenv("LOCAL_ROUTING_NUM")
    app.config["BACKEND_TIMEOUT"] = int(os.getenv("BACKEND_TIMEOUT", "4"))
    app.config["SCHEME"] = os.environ.get("SCHEME", "http")
    app.config["BANK_NAME"] = os.getenv("BANK_NAME", "Juniper Savings")

    backend = BackendClient(timeout=app.config["BACKEND_TIMEOUT"])

    @app.route("/version", methods=["GET"])
    def version():
        return os.environ.get("VERSION"), 200

    @app.route("/ready", methods=["GET"])
    def readiness():
        return "ok", 200

    @app.route("/")
    def root():
        if verify_token(request.cookies.get("token")):
            return redirect(url_for("home"))
        return redirect(url_for("login_page"))

    @app.route("/home")
    def home():
        token = request.cookies.get("token")
        if not verify_token(token):
            return redirect(url_for("login_page"))
        claims = decode_token(token)
        account_id = claims["acct"]

        balance = _get_balance(account_id, token)
        try:
            transaction_list = backend.get_json(f'{app.config["HISTORY_URI"]}/{account_id}', token)
        except BackendError as err:
            app.logger.error("couldn't load history: %s", err)
            transaction_list = None
        try:
            contacts = backend.get_json(f'{app.config["CONTACTS_URI"]}/{claims["user"]}', token)
        except BackendError as err:
            app.logger.error("couldn't load contacts: %s", err)
            contacts = []

        _populate_contact_labels(account_id, transaction_list, contacts)
        return render_template(
            "index.html",
            account_id=account_id,
            balance=balance,
            bank_name=app.config["BANK_NAME"],
            contacts=contacts,
            history=transaction_list,
            name=claims["name"],
            platform=socket.gethostname(),
        )

    def _get_balance(account_id, token):
        """Fetch the current balance; the page still renders if balancereader is slow."""
        try:
            resp = requests.get(
                f"http://{os.environ['BALANCES_API_ADDR']}/balances/{account_id}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=app.config["BACKEND_TIMEOUT"],
            )
            resp.raise_for_status()
            return resp.json()
        except (requests.exceptions.RequestException, ValueError) as err:
            app.logger.error("couldn't get balance for %s: %s", account_id, err)
            return BALANCE_UNAVAILABLE

    @app.route("/payment", methods=["POST"])
    def payment():
        token = request.cookies.get("token")
        if not verify_token(token):
            return abort(401)
        account_id = decode_token(token)["acct"]
        recipient = request.form["account_num"]
        if recipient == "add":
            recipient = request.form["contact_account_num"]
            label = request.form.get("contact_label")
            if label:
                _add_contact(label, recipient, app.config["LOCAL_ROUTING"], False)
        transaction_data = {
            "fromAccountNum": account_id,
            "fromRoutingNum": app.config["LOCAL_ROUTING"],
            "toAccountNum": recipient,
            "toRoutingNum": app.config["LOCAL_ROUTING"],
            "amount": formatting.to_cents(request.form["amount"]),
            "uuid": request.form["uuid"],
        }
        try:
            backend.post_json(app.config["TRANSACTIONS_URI"], transaction_data, token)
        except BackendError as err:
            app.logger.error("payment failed: %s", err)
            return redirect(url_for("home", msg="Payment failed", _scheme=app.config["SCHEME"], _external=True))
        return redirect(url_for("home", msg="Payment accepted", _scheme=app.config["SCHEME"], _external=True))

    @app.route("/deposit", methods=["POST"])
    def deposit():
        token = request.cookies.get("token")
        if not verify_token(token):
            return abort(401)
        account_id = decode_token(token)["acct"]
        if request.form["account"] == "add":
            external_account_num = request.form["external_account_num"]
            external_routing_num = request.form["external_routing_num"]
            if external_routing_num == app.config["LOCAL_ROUTING"]:
                return redirect(url_for("home", msg="Deposit failed: use an external bank"))
            label = request.form.get("external_label")
            if label:
                _add_contact(label, external_account_num, external_routing_num, True)
        else:
            external_account_num, external_routing_num = request.form["account"].split(":")
        transaction_data = {
            "fromAccountNum": external_account_num,
            "fromRoutingNum": external_routing_num,
            "toAccountNum": account_id,
            "toRoutingNum": app.config["LOCAL_ROUTING"],
            "amount": formatting.to_cents(request.form["amount"]),
            "uuid": request.form["uuid"],
        }
        try:
            backend.post_json(app.config["TRANSACTIONS_URI"], transaction_data, token)
        except BackendError as err:
            app.logger.error("deposit failed: %s", err)
            return redirect(url_for("home", msg="Deposit failed"))
        return redirect(url_for("home", msg="Deposit accepted"))

    def _add_contact(label, acct_num, routing_num, is_external_acct=False):
        token = request.cookies.get("token")
        hed = {"Authorization": "Bearer " + token, "content-type": "application/json"}
        contact_data = {
            "label": label,
            "account_num": acct_num,
            "routing_num": routing_num,
            "is_external": is_external_acct,
        }
        username = decode_token(token)["user"]
        url = "{}/{}".format(app.config["CONTACTS_URI"], username)
        resp = requests.post(url=url, data=jsonify(contact_data).data, headers=hed, timeout=app.config["BACKEND_TIMEOUT"])
        resp.raise_for_status()

    @app.route("/login", methods=["GET"])
    def login_page():
        return render_template(
            "login.html",
            bank_name=app.config["BANK_NAME"],
            default_user=os.getenv("DEFAULT_USERNAME", ""),
            default_password=os.getenv("DEFAULT_PASSWORD", ""),
            message=request.args.get("msg", None),
        )

    @app.route("/login", methods=["POST"])
    def login():
        return _login_helper(request.form["username"], request.form["password"])

    def _login_helper(username, password):
        req = requests.get(
            url=app.config["LOGIN_URI"],
            params={"username": username, "password": password},
            timeout=app.config["BACKEND_TIMEOUT"] * 2,
        )
        if req.status_code != 200:
            return redirect(url_for("login_page", msg="Login Failed"))
        token = req.json()["token"].encode("utf-8")
        claims = decode_token(token)
        max_age = claims["exp"] - claims["iat"]
        resp = make_response(redirect(url_for("home")))
        resp.set_cookie("token", token, max_age=max_age)
        return resp

    @app.route("/signup", methods=["POST"])
    def signup():
        resp = requests.post(
            url=app.config["USERSERVICE_URI"],
            data=request.form,
            timeout=app.config["BACKEND_TIMEOUT"],
        )
        if resp.status_code == 201:
            return _login_helper(request.form["username"], request.form["password"])
        return redirect(url_for("login_page", msg="Signup failed"))

    @app.route("/logout", methods=["POST"])
    def logout():
        resp = make_response(redirect(url_for("login_page")))
        resp.delete_cookie("token")
        return resp

    def decode_token(token):
        return jwt.decode(token, options={"verify_signature": False})

    def verify_token(token):
        if token is None:
            return False
        try:
            jwt.decode(token, key=app.config["PUBLIC_KEY"], algorithms="RS256", verify=True)
            return True
        except jwt.exceptions.InvalidTokenError as err:
            app.logger.debug("invalid token: %s", err)
            return False

    def _populate_contact_labels(account_id, transactions, contacts):
        if account_id is None or transactions is None or contacts is None:
            return
        labels = {c["account_num"]: c["label"] for c in contacts}
        for trans in transactions:
            if trans["toAccountNum"] == account_id:
                trans["accountLabel"] = labels.get(trans["fromAccountNum"])
            elif trans["fromAccountNum"] == account_id:
                trans["accountLabel"] = labels.get(trans["toAccountNum"])

    app.jinja_env.globals.update(format_currency=formatting.format_currency, format_timestamp=formatting.format_timestamp_day)
    return app
