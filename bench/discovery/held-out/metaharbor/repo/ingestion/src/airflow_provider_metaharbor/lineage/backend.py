#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Metaharbor Airflow Lineage Backend: pushes task inlets/outlets of every Airflow
task to the Metaharbor server as pipeline lineage.
"""
import json
import traceback
from typing import Optional

from airflow.configuration import conf
from airflow.lineage.backend import LineageBackend

from metadata.generated.connections import MetaharborConnection
from metadata.ingestion.ometa.ometa_api import Metaharbor


def get_lineage_config() -> MetaharborConnection:
    """
    Load the lineage config from airflow.cfg / AIRFLOW__LINEAGE__* env vars
    """
    api_endpoint = conf.get("lineage", "metaharbor_api_endpoint", fallback="http://localhost:8585/api")
    jwt_token = conf.get("lineage", "jwt_token", fallback=None)
    return MetaharborConnection(
        hostPort=api_endpoint,
        securityConfig={"jwtToken": jwt_token} if jwt_token else None,
    )


class MetaharborLineageBackend(LineageBackend):
    """
    Sends lineage data from tasks to Metaharbor.

    Configurable via ``airflow.cfg`` as follows: ::
        [lineage]
        backend = airflow_provider_metaharbor.lineage.backend.MetaharborLineageBackend
        airflow_service_name = airflow
        metaharbor_api_endpoint = http://localhost:8585/api
    """

    def send_lineage(self, operator, inlets: Optional[list] = None, outlets: Optional[list] = None,
                     context: dict = None) -> None:
        try:
            service_name = conf.get("lineage", "airflow_service_name", fallback="airflow")
            metadata = Metaharbor(get_lineage_config())
            dag = context["dag"]
            pipeline_fqn = f"{service_name}.{dag.dag_id}"
            for inlet in inlets or []:
                for outlet in outlets or []:
                    metadata.client.put(
                        "/lineage",
                        data=json.dumps(
                            {
                                "edge": {
                                    "fromEntity": {"type": "table", "fqn": str(inlet)},
                                    "toEntity": {"type": "table", "fqn": str(outlet)},
                                    "lineageDetails": {"pipeline": {"type": "pipeline", "fqn": pipeline_fqn}},
                                }
                            }
                        ),
                    )
        except Exception as exc:  # pylint: disable=broad-except
            operator.log.error(traceback.format_exc())
            operator.log.error(exc)
