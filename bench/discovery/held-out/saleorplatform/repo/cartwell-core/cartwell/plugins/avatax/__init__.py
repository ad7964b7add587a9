import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from django.core.cache import cache
from requests.auth import HTTPBasicAuth

from ...core.http_client import HTTPClient

logger = logging.getLogger(__name__)

# Legacy SOAP endpoint, removed in 3.0 - kept for reference while migrating
# merchants that still use the old account type.
# AVATAX_SOAP_URL = "https://avatax.avalara.net/Tax/TaxSvc.asmx"

TAX_CODE_KEY = "avatax_tax_code"
CACHE_TIME = 60 * 60  # 1 hour
TAX_CODES_CACHE_KEY = "avatax_tax_codes_cache_key"


@dataclass
class AvataxConfiguration:
    username_or_account: str
    password_or_license: str
    use_sandbox: bool = True
    company_name: str = "DEFAULT"
    autocommit: bool = False
    from_country: str = "US"
    from_postal_code: str = ""


def get_api_url(use_sandbox=True) -> str:
    """Based on settings return sanbox or production url."""
    if use_sandbox:
        return "https://sandbox-rest.avatax.com/api/v2/"
    return "https://rest.avatax.com/api/v2/"


def api_post_request(
    url: str, data: dict[str, Any], config: AvataxConfiguration
) -> dict[str, Any]:
    response = None
    try:
        auth = HTTPBasicAuth(config.username_or_account, config.password_or_license)
        response = HTTPClient.send_request(
            "POST", url, auth=auth, json=data, timeout=15
        )
        logger.debug("Hit to Avatax to calculate taxes %s", url)
        json_response = response.json()
        if "error" in response.json():  # type: ignore[operator]
            logger.exception("Avatax response contains errors %s", json_response)
            return json_response
    except Exception:
        logger.exception("Failed to fetch response from avatax %s", url)
        return {}
    return json_response  # type: ignore[return-value]


def api_get_request(url: str, username_or_account: str, password_or_license: str):
    response = None
    try:
        auth = HTTPBasicAuth(username_or_account, password_or_license)
        response = HTTPClient.send_request("GET", url, auth=auth, timeout=15)
        json_response = response.json()
        logger.debug("[GET] Hit to %s", url)
        if "error" in json_response:  # type: ignore[operator]
            logger.error("Avatax response contains errors %s", json_response)
        return json_response
    except Exception:
        logger.exception("Failed to fetch response from avatax %s", url)
        return {}


def get_cached_tax_codes_or_fetch(config: AvataxConfiguration):
    """Get cached tax codes or fetch them from AvaTax and store in cache (Redis)."""
    tax_codes = cache.get(TAX_CODES_CACHE_KEY, {})
    if not tax_codes:
        tax_codes_url = urljoin(get_api_url(config.use_sandbox), "definitions/taxcodes")
        response = api_get_request(
            tax_codes_url, config.username_or_account, config.password_or_license
        )
        tax_codes = {c["taxCode"]: c["description"] for c in response.get("value", [])}
        cache.set(TAX_CODES_CACHE_KEY, tax_codes, CACHE_TIME)
    return tax_codes


def generate_request_data_from_checkout(checkout, config: AvataxConfiguration):
    lines = [
        {
            "quantity": line.quantity,
            "amount": str(line.total_price.amount),
            "taxCode": line.tax_code or "O9999999",
            "itemCode": line.variant_sku,
            "description": line.product_name[:2000],
        }
        for line in checkout.lines.all()
    ]
    return {
        "createTransactionModel": {
            "companyCode": config.company_name,
            "type": "SalesOrder",
            "lines": lines,
            "code": str(checkout.token),
            "date": checkout.created_at.date().isoformat(),
            "customerCode": 0,
            "addresses": {
                "shipFrom": {
                    "country": config.from_country,
                    "postalCode": config.from_postal_code,
                },
                "shipTo": checkout.shipping_address_as_dict(),
            },
            "commit": False,
            "currencyCode": checkout.currency,
        }
    }
