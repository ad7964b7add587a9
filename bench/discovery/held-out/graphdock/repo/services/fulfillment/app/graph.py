"""Thin client for the engine's GraphQL endpoint (admin role)."""
from typing import Any

import httpx

from .settings import get_settings

ORDER_FOR_SLIP = """
query OrderForSlip($id: uuid!) {
  orders_by_pk(id: $id) {
    id created_at currency total_cents
    customer { display_name email }
    items { quantity unit_price_cents product { sku name } }
  }
}
"""

SET_SLIP_KEY = """
mutation SetSlipKey($id: uuid!, $key: String!) {
  update_orders_by_pk(pk_columns: {id: $id}, _set: {packing_slip_key: $key, status: "fulfilling"}) { id }
}
"""

STALE_SLIPS = """
query StaleSlips($before: timestamptz!) {
  orders(where: {created_at: {_lt: $before}, packing_slip_key: {_is_null: false}}) { id packing_slip_key }
}
"""


class GraphError(RuntimeError):
    pass


class GraphClient:
    def __init__(self) -> None:
        s = get_settings()
        self._client = httpx.Client(
            base_url=s.graphdock_endpoint,
            headers={"x-graphdock-admin-secret": s.graphdock_admin_secret},
            timeout=15.0,
        )

    def execute(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        resp = self._client.post("/v1/graphql", json={"query": query, "variables": variables})
        resp.raise_for_status()
        body = resp.json()
        if "errors" in body:
            raise GraphError(body["errors"])
        return body["data"]
