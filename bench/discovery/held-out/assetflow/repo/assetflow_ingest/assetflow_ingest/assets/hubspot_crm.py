import pandas as pd
from dagster import AssetExecutionContext, Output, asset

from ..constants import RAW_GROUP, SOURCE_TAG
from ..resources import HubSpotResource

CONTACT_PROPERTIES = ["email", "firstname", "lastname", "lifecyclestage", "hs_lead_status", "createdate"]
DEAL_PROPERTIES = ["dealname", "amount", "dealstage", "pipeline", "closedate", "hubspot_owner_id"]


@asset(
    key_prefix=["raw", "hubspot"],
    group_name=RAW_GROUP,
    op_tags={SOURCE_TAG: "hubspot"},
    compute_kind="hubspot",
)
def hubspot_contacts(context: AssetExecutionContext, hubspot: HubSpotResource) -> Output[pd.DataFrame]:
    records = [
        {"id": r["id"], **r.get("properties", {})}
        for r in hubspot.list_objects("contacts", CONTACT_PROPERTIES)
    ]
    df = pd.DataFrame.from_records(records)
    context.log.info(f"Fetched {len(df)} HubSpot contacts")
    return Output(df, metadata={"row_count": len(df)})


@asset(
    key_prefix=["raw", "hubspot"],
    group_name=RAW_GROUP,
    op_tags={SOURCE_TAG: "hubspot"},
    compute_kind="hubspot",
)
def hubspot_deals(hubspot: HubSpotResource) -> Output[pd.DataFrame]:
    records = [
        {"id": r["id"], **r.get("properties", {})}
        for r in hubspot.list_objects("deals", DEAL_PROPERTIES)
    ]
    df = pd.DataFrame.from_records(records)
    if not df.empty:
        df["amount"] = pd.to_numeric(df["amount"], errors="coerce")
    return Output(df, metadata={"row_count": len(df)})
