import os

from g import config_dir, templates_dir, DEFAULT_UID, DEFAULT_GID
from utils.misc import prepare_dir
from utils.jinja import render_jinja

trivy_adapter_config_dir = os.path.join(config_dir, 'trivy-adapter')
trivy_adapter_env_template = os.path.join(templates_dir, 'trivy-adapter', 'env.jinja')
trivy_adapter_env = os.path.join(config_dir, 'trivy-adapter', 'env')


def prepare_trivy_adapter(config_dict):
    prepare_dir(trivy_adapter_config_dir, uid=DEFAULT_UID, gid=DEFAULT_GID)
    render_jinja(trivy_adapter_env_template, trivy_adapter_env, **config_dict)
