"""HubSpot lead tracking for sign-ups on the Flagpost SaaS. Disabled unless ENABLE_HUBSPOT_LEAD_TRACKING."""
import logging

import hubspot
from django.conf import settings
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

logger = logging.getLogger(__name__)


class HubspotClient:
    def __init__(self) -> None:
        self.client = hubspot.Client.create(access_token=settings.HUBSPOT_ACCESS_TOKEN)

    def create_contact(self, user) -> dict:
        properties = {"email": user.email, "firstname": user.first_name, "lastname": user.last_name}
        response = self.client.crm.contacts.basic_api.create(
            simple_public_object_input_for_create=SimplePublicObjectInputForCreate(properties=properties)
        )
        return response.to_dict()


def track_new_user(user) -> None:
    if not (settings.ENABLE_HUBSPOT_LEAD_TRACKING and settings.HUBSPOT_ACCESS_TOKEN):
        return
    HubspotClient().create_contact(user)
