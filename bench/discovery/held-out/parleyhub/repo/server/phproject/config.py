import configparser
import os
from typing import Optional, overload

DEPLOY_ROOT = os.path.realpath(os.path.dirname(os.path.dirname(__file__)))

config_file = configparser.RawConfigParser()
config_file.read("/etc/parleyhub/parleyhub.conf")

# Whether this instance of Parleyhub is running in a production environment.
PRODUCTION = config_file.has_option("machine", "deploy_type")
DEVELOPMENT = not PRODUCTION

secrets_file = configparser.RawConfigParser()
if PRODUCTION:
    secrets_file.read("/etc/parleyhub/parleyhub-secrets.conf")
else:
    secrets_file.read(os.path.join(DEPLOY_ROOT, "phproject/dev-secrets.conf"))


@overload
def get_secret(key: str, default_value: str, development_only: bool = False) -> str: ...
@overload
def get_secret(key: str, default_value: Optional[str] = None, development_only: bool = False) -> Optional[str]: ...
def get_secret(key: str, default_value: Optional[str] = None, development_only: bool = False) -> Optional[str]:
    if development_only and PRODUCTION:
        return default_value
    return secrets_file.get("secrets", key, fallback=default_value)


def get_mandatory_secret(key: str) -> str:
    secret = get_secret(key)
    if secret is None:
        raise KeyError(f'Mandatory secret "{key}" is not set')
    return secret


def get_config(section: str, key: str, default_value: Optional[str] = None) -> Optional[str]:
    return config_file.get(section, key, fallback=default_value)
