"""events GeoIP Reader"""

from typing import TYPE_CHECKING, Optional, TypedDict

from django.http import HttpRequest
from geoip2.errors import GeoIP2Error
from geoip2.models import City
from sentry_sdk import start_span

from keyward.events.context_processors.mmdb import MMDBContextProcessor
from keyward.lib.config import CONFIG

if TYPE_CHECKING:
    from keyward.api.v3.config import Capabilities


class GeoIPDict(TypedDict):
    """GeoIP Details"""

    continent: str
    country: str
    lat: float
    long: float
    city: str


class GeoIPContextProcessor(MMDBContextProcessor):
    """Slim wrapper around GeoIP API"""

    def path(self) -> str | None:
        return CONFIG.get("events.context_processors.geoip")

    def capability(self) -> Optional["Capabilities"]:
        from keyward.api.v3.config import Capabilities

        return Capabilities.CAN_GEO_IP

    def enrich_context(self, request: HttpRequest) -> dict:
        # Different key `geoip` vs `geo` for legacy reasons
        return {"geo": self.city_dict(request.META.get("REMOTE_ADDR", ""))}

    def city(self, ip_address: str) -> City | None:
        """Wrapper for Reader.city"""
        with start_span(op="keyward.events.geo.city", name=ip_address):
            if not self.configured():
                return None
            self.check_expired()
            try:
                return self.reader.city(ip_address)
            except (GeoIP2Error, ValueError):
                return None

    def city_dict(self, ip_address: str) -> GeoIPDict | None:
        """Wrapper for self.city that returns a dict"""
        city = self.city(ip_address)
        if not city:
            return None
        city_dict: GeoIPDict = {
            "continent": city.continent.code,
            "country": city.country.iso_code,
            "lat": city.location.latitude,
            "long": city.location.longitude,
            "city": "",
        }
        if city.city.name:
            city_dict["city"] = city.city.name
        return city_dict


GEOIP_CONTEXT_PROCESSOR = GeoIPContextProcessor()
