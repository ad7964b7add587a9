"""Base for AWS hooks. Credentials/region come from the `aws` connection (DAGFLOW_CONN_AWS_DEFAULT
or a metastore row); empty login means the default boto3 chain (IRSA / instance profile)."""
from __future__ import annotations

from functools import cached_property

import boto3

from dagflow.hooks.base import BaseHook


class AwsBaseHook(BaseHook):
    conn_type = "aws"
    default_conn_name = "aws_default"

    def __init__(self, aws_conn_id: str | None = default_conn_name, client_type: str | None = None,
                 region_name: str | None = None, config=None) -> None:
        self.aws_conn_id = aws_conn_id
        self.client_type = client_type
        self._region_name = region_name
        self.config = config

    @cached_property
    def conn_config(self) -> dict:
        if not self.aws_conn_id:
            return {}
        conn = self.get_connection(self.aws_conn_id)
        extra = conn.extra_dejson
        return {
            "aws_access_key_id": conn.login or None,
            "aws_secret_access_key": conn.password or None,
            "region_name": self._region_name or extra.get("region_name"),
            "endpoint_url": extra.get("endpoint_url"),
            "role_arn": extra.get("role_arn"),
        }

    def get_session(self) -> boto3.session.Session:
        cfg = self.conn_config
        session = boto3.session.Session(
            aws_access_key_id=cfg.get("aws_access_key_id"),
            aws_secret_access_key=cfg.get("aws_secret_access_key"),
            region_name=cfg.get("region_name"),
        )
        if cfg.get("role_arn"):
            creds = session.client("sts").assume_role(RoleArn=cfg["role_arn"], RoleSessionName="dagflow")["Credentials"]
            session = boto3.session.Session(
                aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                aws_session_token=creds["SessionToken"], region_name=cfg.get("region_name"),
            )
        return session

    def get_client_type(self):
        return self.get_session().client(self.client_type, endpoint_url=self.conn_config.get("endpoint_url"), config=self.config)

    @property
    def conn(self):
        return self.get_client_type()


class AwsGenericHook(AwsBaseHook):
    pass
