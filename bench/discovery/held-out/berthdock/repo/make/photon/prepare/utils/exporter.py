import os

from g import config_dir, templates_dir
from utils.misc import prepare_dir
from utils.jinja import render_jinja

exporter_config_dir = os.path.join(config_dir, 'exporter')
exporter_env_path = os.path.join(exporter_config_dir, 'env')
exporter_env_tpl = os.path.join(templates_dir, 'exporter', 'env.jinja')


def prepare_exporter(config_dict):
    prepare_dir(exporter_config_dir)
    render_jinja(exporter_env_tpl, exporter_env_path, **config_dict)
