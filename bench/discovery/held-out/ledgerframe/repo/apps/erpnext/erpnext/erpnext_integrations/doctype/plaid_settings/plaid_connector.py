import plaid
from plaid.api import plaid_api
from plaid.model.country_code import CountryCode
from plaid.model.link_token_create_request import LinkTokenCreateRequest
from plaid.model.products import Products
from plaid.model.transactions_get_request import TransactionsGetRequest

import frappe


class PlaidConnector:
    def __init__(self, access_token=None):
        self.access_token = access_token
        self.settings = frappe.conf.get("plaid_settings") or {}
        self.client_id = self.settings.get("plaid_client_id")
        self.secret = self.settings.get("plaid_secret")
        self.plaid_env = self.settings.get("plaid_env", "sandbox")
        self.client = self._get_client()

    def _get_client(self):
        host = {
            "sandbox": plaid.Environment.Sandbox,        # https://sandbox.plaid.com
            "development": plaid.Environment.Development,  # https://development.plaid.com
            "production": plaid.Environment.Production,  # https://production.plaid.com
        }[self.plaid_env]
        configuration = plaid.Configuration(
            host=host, api_key={"clientId": self.client_id, "secret": self.secret, "plaidVersion": "2020-09-14"}
        )
        return plaid_api.PlaidApi(plaid.ApiClient(configuration))

    def get_link_token(self, user):
        request = LinkTokenCreateRequest(
            client_name="ERPNext",
            country_codes=[CountryCode("US")],
            language="en",
            user={"client_user_id": user},
            products=[Products("transactions")],
        )
        return self.client.link_token_create(request)["link_token"]

    def get_transactions(self, start_date, end_date, account_id=None):
        request = TransactionsGetRequest(
            access_token=self.access_token, start_date=start_date, end_date=end_date,
            options={"account_ids": [account_id]} if account_id else None,
        )
        return self.client.transactions_get(request)["transactions"]
