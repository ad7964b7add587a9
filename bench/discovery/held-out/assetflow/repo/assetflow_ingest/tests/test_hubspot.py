import responses
from dagster import build_asset_context

from assetflow_ingest.assets.hubspot_crm import hubspot_contacts
from assetflow_ingest.resources import HubSpotResource


@responses.activate
def test_hubspot_contacts_paginates():
    responses.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        json={"results": [{"id": "1", "properties": {"email": "a@example.com"}}],
              "paging": {"next": {"after": "1"}}},
    )
    responses.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        json={"results": [{"id": "2", "properties": {"email": "b@example.com"}}]},
    )
    resource = HubSpotResource(access_token="test-token")
    with build_asset_context(resources={"hubspot": resource}) as ctx:
        out = hubspot_contacts(ctx)
    assert len(out.value) == 2
