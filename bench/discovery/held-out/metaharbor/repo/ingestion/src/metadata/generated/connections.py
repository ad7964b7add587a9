"""
Pydantic models generated from metaharbor-spec JSON schemas (trimmed):
  entity/services/connections/metadata/metaharborConnection.json
  entity/services/connections/database/mysqlConnection.json
  entity/services/connections/database/postgresConnection.json
"""
from typing import Dict, Optional

from pydantic import BaseModel, Field


class MetaharborConnection(BaseModel):
    type: str = "Metaharbor"
    hostPort: str = Field(
        "http://localhost:8585/api",
        description="Metaharbor Server Config. Must include API end point ex: http://localhost:8585/api",
    )
    authProvider: str = "metaharbor"
    verifySSL: str = "no-ssl"
    securityConfig: Optional[Dict[str, str]] = None
    extraHeaders: Optional[Dict[str, str]] = None


class MysqlConnection(BaseModel):
    type: str = "Mysql"
    scheme: str = "mysql+pymysql"
    username: str
    authType: Optional[Dict[str, str]] = None
    hostPort: str
    databaseName: Optional[str] = None
    databaseSchema: Optional[str] = None
    connectionOptions: Optional[Dict[str, str]] = None
    connectionArguments: Optional[Dict[str, str]] = None


class PostgresConnection(BaseModel):
    type: str = "Postgres"
    scheme: str = "postgresql+psycopg2"
    username: str
    authType: Optional[Dict[str, str]] = None
    hostPort: str
    database: str = "postgres"
    connectionOptions: Optional[Dict[str, str]] = None
    connectionArguments: Optional[Dict[str, str]] = None
