#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Airflow config
"""
import os

from airflow.configuration import conf

PLUGIN_NAME = "metaharbor_managed_apis"
REST_API_PLUGIN_VERSION = "1.3.1"
API_BASE = "/api/v1/metaharbor"

AIRFLOW_WEBSERVER_BASE_URL = conf.get("webserver", "BASE_URL")
AIRFLOW_DAGS_FOLDER = conf.get("core", "DAGS_FOLDER")
# Path to store the JSON configurations we receive via REST
DAG_GENERATED_CONFIGS = conf.get(
    "metaharbor_airflow_apis",
    "DAG_GENERATED_CONFIGS",
    fallback=f"{os.environ['AIRFLOW_HOME']}/dag_generated_configs",
)
HOSTNAME_CALLABLE = conf.get("core", "hostname_callable", fallback="socket.getfqdn")
