import os
from pathlib import Path

## Const
DEFAULT_UID = 10000
DEFAULT_GID = 10000

PG_UID = 999
PG_GID = 999

REDIS_UID = 999
REDIS_GID = 999

## Global variable
templates_dir = "/usr/src/app/templates"

host_root_dir = Path('/hostfs')

base_dir = '/berthdock_make'
config_dir = Path('/config')
data_dir = Path('/data')

secret_dir = data_dir.joinpath('secret')
secret_key_dir = secret_dir.joinpath('keys')
trust_ca_dir = secret_dir.joinpath('keys', 'trust_ca')
internal_tls_dir = secret_dir.joinpath('tls')

storage_ca_bundle_filename = 'storage_ca_bundle.crt'
internal_ca_filename = 'berthdock_internal_ca.crt'

old_private_key_pem_path = Path('/config/core/private_key.pem')
old_crt_path = Path('/config/registry/root.crt')

private_key_pem_path = secret_dir.joinpath('core', 'private_key.pem')
root_crt_path = secret_dir.joinpath('registry', 'root.crt')

config_file_path = '/compose_location/berthdock.yml'
input_config_path = '/input/berthdock.yml'
versions_file_path = Path('/usr/src/app/versions')

shared_cert_dir = host_root_dir.joinpath('etc', 'berthdock', 'certs')

DEFAULT_CONFIG = {
    'registry_url': 'http://registry:5000',
    'registry_controller_url': 'http://registryctl:8080',
    'core_url': 'http://core:8080',
    'core_local_url': 'http://127.0.0.1:8080',
    'token_service_url': 'http://core:8080/service/token',
    'jobservice_url': 'http://jobservice:8080',
    'trivy_adapter_url': 'http://trivy-adapter:8080',
    'portal_url': 'http://portal:8080',
    'exporter_url': 'http://exporter:8080',
}
