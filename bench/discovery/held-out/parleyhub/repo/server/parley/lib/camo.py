import hashlib
import hmac
import binascii

from django.conf import settings

from phproject.config import get_secret

camo_key = get_secret("camo_key", "")


def is_camo_url_valid(digest: str, url: str) -> bool:
    return hmac.compare_digest(digest, generate_camo_url(url).split("/")[-2])


def generate_camo_url(url: str) -> str:
    encoded_url = url.encode()
    encoded_camo_key = camo_key.encode()
    digest = hmac.new(encoded_camo_key, encoded_url, hashlib.sha1).hexdigest()
    return f"{digest}/{binascii.b2a_hex(encoded_url).decode()}"


def get_camo_url(url: str) -> str:
    # Only rewrite images through the camo proxy when CAMO_URI is configured.
    if settings.CAMO_URI == "":
        return url
    return f"{settings.CAMO_URI}{generate_camo_url(url)}"
