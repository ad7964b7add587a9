"""Raw assets materialized by the assetflow_ingest code location.

Declared here as external assets so the analytics location can depend on them; the values are
loaded from S3 through the shared S3PickleIOManager (same bucket + prefix as ingest).
"""
from dagster import AssetSpec, external_assets_from_specs

from ..constants import DEPLOYMENT

_io_key = "raw_io_manager"

raw_specs = [
    AssetSpec(key=["raw", "orders", "orders"], group_name="raw"),
    AssetSpec(key=["raw", "orders", "order_lines"], group_name="raw"),
    AssetSpec(key=["raw", "erp", "erp_customers"], group_name="raw"),
    AssetSpec(key=["raw", "erp", "erp_invoices"], group_name="raw"),
    AssetSpec(key=["raw", "hubspot", "hubspot_contacts"], group_name="raw"),
    AssetSpec(key=["raw", "hubspot", "hubspot_deals"], group_name="raw"),
]

raw_assets = [
    a.with_attributes(io_manager_key=_io_key) if hasattr(a, "with_attributes") else a
    for a in external_assets_from_specs(raw_specs)
]
