# pylint: disable=no-value-for-parameter
import sys
import logging

import click

from utils.misc import delfile
from utils.configs import validate, parse_yaml_config
from utils.core import prepare_core
from utils.db import prepare_db
from utils.jobservice import prepare_job_service
from utils.registry import prepare_registry
from utils.registry_ctl import prepare_registry_ctl
from utils.nginx import prepare_nginx, nginx_confd_dir
from utils.trivy_adapter import prepare_trivy_adapter
from utils.exporter import prepare_exporter
from utils.docker_compose import prepare_docker_compose
from g import (config_dir, input_config_path, secret_key_dir)


@click.command()
@click.option('--conf', default=input_config_path, help="the path of Berthdock configuration file")
@click.option('--with-trivy', is_flag=True, help="the Berthdock instance is to be deployed with Trivy")
@click.option('--with-notary', is_flag=True, hidden=True, help="deprecated, notary has been removed")
@click.option('--with-chartmuseum', is_flag=True, hidden=True, help="deprecated, chartmuseum has been removed")
def prepare(conf, with_trivy, with_notary, with_chartmuseum):
    if with_notary or with_chartmuseum:
        logging.error("notary and chartmuseum are no longer supported by the installer")
        sys.exit(-1)

    delfile(config_dir)
    config_dict = parse_yaml_config(conf, with_trivy=with_trivy)
    try:
        validate(config_dict)
    except Exception as e:
        click.echo('Error happened in config validation...')
        logging.error(e)
        sys.exit(-1)

    prepare_nginx(config_dict)
    prepare_core(config_dict, with_trivy=with_trivy)
    prepare_registry(config_dict)
    prepare_registry_ctl(config_dict)
    prepare_db(config_dict)
    prepare_job_service(config_dict)

    if with_trivy:
        prepare_trivy_adapter(config_dict)

    if config_dict['metric'] and config_dict['metric'].enabled:
        prepare_exporter(config_dict)

    prepare_docker_compose(config_dict, with_trivy)


if __name__ == '__main__':
    prepare()
