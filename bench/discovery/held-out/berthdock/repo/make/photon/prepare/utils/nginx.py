import os
from pathlib import Path
from g import config_dir, templates_dir, host_root_dir, DEFAULT_GID, DEFAULT_UID, data_dir
from utils.misc import prepare_dir, mark_file
from utils.jinja import render_jinja

host_ngx_real_cert_dir = Path(os.path.join(data_dir, 'secret', 'cert'))
nginx_conf = os.path.join(config_dir, "nginx", "nginx.conf")
nginx_confd_dir = os.path.join(config_dir, "nginx", "conf.d")
nginx_https_conf_template = os.path.join(templates_dir, "nginx", "nginx.https.conf.jinja")
nginx_http_conf_template = os.path.join(templates_dir, "nginx", "nginx.http.conf.jinja")
nginx_template_ext_dir = os.path.join(templates_dir, 'nginx', 'ext')

CUSTOM_NGINX_LOCATION_FILE_PATTERN_HTTPS = 'berthdock.https.*.conf'
CUSTOM_NGINX_LOCATION_FILE_PATTERN_HTTP = 'berthdock.http.*.conf'


def prepare_nginx(config_dict):
    prepare_dir(nginx_confd_dir, uid=DEFAULT_UID, gid=DEFAULT_GID)
    render_nginx_template(config_dict)


def render_nginx_template(config_dict):
    """
    1. render nginx config file through protocol
    2. copy additional configs to cert.d dir
    """
    if config_dict['protocol'] == 'https':
        prepare_nginx_certs(config_dict['cert_key_path'], config_dict['cert_path'])
        render_jinja(
            nginx_https_conf_template,
            nginx_conf,
            uid=DEFAULT_UID,
            gid=DEFAULT_GID,
            ssl_cert=os.path.join("/etc/cert", os.path.basename(config_dict['cert_path'])),
            ssl_cert_key=os.path.join("/etc/cert", os.path.basename(config_dict['cert_key_path'])),
            **config_dict)
    else:
        render_jinja(
            nginx_http_conf_template,
            nginx_conf,
            uid=DEFAULT_UID,
            gid=DEFAULT_GID,
            **config_dict)


def prepare_nginx_certs(cert_key_path, cert_path):
    host_ngx_cert_key_path = Path(os.path.join(host_root_dir, cert_key_path.lstrip('/')))
    host_ngx_cert_path = Path(os.path.join(host_root_dir, cert_path.lstrip('/')))
    host_ngx_real_cert_dir.mkdir(parents=True, exist_ok=True)
    real_key_path = host_ngx_real_cert_dir.joinpath(host_ngx_cert_key_path.name)
    real_crt_path = host_ngx_real_cert_dir.joinpath(host_ngx_cert_path.name)
    real_key_path.write_bytes(host_ngx_cert_key_path.read_bytes())
    real_crt_path.write_bytes(host_ngx_cert_path.read_bytes())
