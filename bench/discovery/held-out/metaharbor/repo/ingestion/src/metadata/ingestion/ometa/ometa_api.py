#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Metaharbor is the high level Python API that serves as a wrapper
for the metadata-server API. It is based on the generated pydantic models
from the JSON schemas and provides a typed approach to working with
Metaharbor entities.
"""
from typing import Dict, Generic, List, Optional, Type, TypeVar

from pydantic import BaseModel

from metadata.generated.connections import MetaharborConnection
from metadata.ingestion.ometa.client import REST, APIError, ClientConfig
from metadata.utils.logger import ometa_logger

logger = ometa_logger()

T = TypeVar("T", bound=BaseModel)
C = TypeVar("C", bound=BaseModel)

ROUTES = {
    "Table": "/tables",
    "Database": "/databases",
    "DatabaseSchema": "/databaseSchemas",
    "DatabaseService": "/services/databaseServices",
    "IngestionPipeline": "/services/ingestionPipelines",
    "Pipeline": "/pipelines",
    "PipelineService": "/services/pipelineServices",
    "AddLineageRequest": "/lineage",
    "User": "/users",
    "Team": "/teams",
}


class MissingEntityTypeException(Exception):
    """
    We are receiving an Entity Type[T] not covered
    in our suffix generation list
    """


class Metaharbor(Generic[T, C]):
    """
    Generic interface to the Metaharbor API

    It is a polymorphism on all our different Entities.
    """

    class_root = ".".join(["metadata", "generated", "schema"])
    entity_path = "entity"
    api_path = "api"
    data_path = "data"

    def __init__(self, config: MetaharborConnection, raw_data: bool = False):
        self.config = config
        self._auth_provider = None
        get_verify_ssl = None if config.verifySSL == "no-ssl" else True

        client_config: ClientConfig = ClientConfig(
            base_url=self.config.hostPort,
            api_version="v1",
            auth_header="Authorization",
            extra_headers=self.config.extraHeaders,
            auth_token=self._get_access_token,
            verify=get_verify_ssl,
        )
        self.client = REST(client_config)
        self._use_raw_data = raw_data

    def _get_access_token(self):
        token = self.config.securityConfig.get("jwtToken") if self.config.securityConfig else None
        return token, 0

    @staticmethod
    def get_suffix(entity_name: str) -> str:
        route = ROUTES.get(entity_name)
        if not route:
            raise MissingEntityTypeException(f"Missing {entity_name} type when generating suffixes")
        return route

    def create_or_update(self, data: C) -> Optional[dict]:
        """
        We allow CreateEntity for PUT, so we expect a type C.
        """
        entity_name = type(data).__name__.replace("Create", "").replace("Request", "")
        resp = self.client.put(self.get_suffix(entity_name), data=data.json())
        if not resp:
            raise EmptyPayloadException(f"Got an empty response when trying to PUT to {entity_name}")
        return resp

    def get_by_name(self, entity_name: str, fqn: str, fields: Optional[List[str]] = None) -> Optional[dict]:
        fields_str = "?fields=" + ",".join(fields) if fields else ""
        try:
            return self.client.get(f"{self.get_suffix(entity_name)}/name/{fqn}{fields_str}")
        except APIError as err:
            logger.debug("GET %s with name %s failed: %s", entity_name, fqn, err)
            return None

    def add_lineage(self, data: BaseModel) -> Dict:
        return self.client.put(self.get_suffix("AddLineageRequest"), data=data.json())

    def health_check(self) -> bool:
        """
        Run version api call. Return `true` if response is not None
        """
        return self.client.get("/system/version") is not None

    def close(self):
        self.client.close()


class EmptyPayloadException(Exception):
    """Raised when the server answers with an empty body"""
