# DEPRECATED (2024-02): HubSpot used to be synced by Fivetran. Replaced by assets/hubspot_crm.py.
# Kept for reference until the Fivetran connector is deleted; this module is NOT loaded by
# definitions.py and dagster-fivetran is no longer in requirements.txt.
from dagster import EnvVar
from dagster_fivetran import FivetranResource, load_assets_from_fivetran_instance

fivetran = FivetranResource(
    api_key=EnvVar("FIVETRAN_API_KEY"),
    api_secret=EnvVar("FIVETRAN_API_SECRET"),
)

fivetran_assets = load_assets_from_fivetran_instance(
    fivetran,
    connector_filter=lambda meta: meta.connector_id == "hubspot_prod",
    key_prefix=["fivetran"],
)
