import pandas as pd
from dagster import AssetIn, AssetKey, asset


@asset(
    ins={
        "erp_customers": AssetIn(key=AssetKey(["raw", "erp", "erp_customers"]), input_manager_key="raw_io_manager"),
        "hubspot_contacts": AssetIn(
            key=AssetKey(["raw", "hubspot", "hubspot_contacts"]), input_manager_key="raw_io_manager"
        ),
    },
    group_name="marts",
    compute_kind="snowflake",
)
def dim_customers(erp_customers: pd.DataFrame, hubspot_contacts: pd.DataFrame) -> pd.DataFrame:
    contacts = hubspot_contacts.rename(columns={"email": "contact_email", "lifecyclestage": "lifecycle_stage"})
    contacts["domain"] = contacts["contact_email"].str.split("@").str[-1].str.lower()
    erp = erp_customers.copy()
    erp["domain"] = erp["name"].str.lower().str.replace(r"[^a-z0-9]", "", regex=True)
    merged = erp.merge(contacts[["domain", "lifecycle_stage"]].drop_duplicates("domain"), on="domain", how="left")
    return merged.rename(columns=str.upper)


@asset(group_name="marts", compute_kind="snowflake")
def customer_ltv(dim_customers: pd.DataFrame, fct_invoiced_revenue: pd.DataFrame) -> pd.DataFrame:
    total = fct_invoiced_revenue["GROSS_AMOUNT"].sum()
    out = dim_customers[["CUSTOMER_NO", "SEGMENT"]].copy()
    out["LTV_SHARE"] = 0.0 if total == 0 else 1.0 / max(len(out), 1)
    return out
