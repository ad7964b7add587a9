"""Layered configuration: env DAGFLOW__SECTION__KEY > dagflow.cfg > defaults from config.yml.

Also supports the ``_CMD`` and ``_SECRET`` suffixes for sensitive options, e.g.
DAGFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD or DAGFLOW__CELERY__BROKER_URL_SECRET.
"""
from __future__ import annotations

import configparser
import os
import pathlib
import subprocess

import yaml

DAGFLOW_HOME = os.path.expanduser(os.environ.get("DAGFLOW_HOME", "~/dagflow"))
DAGFLOW_CONFIG = os.environ.get("DAGFLOW_CONFIG", os.path.join(DAGFLOW_HOME, "dagflow.cfg"))
_TEMPLATES = pathlib.Path(__file__).parent / "config_templates"

ENV_VAR_PREFIX = "DAGFLOW__"

SENSITIVE_CONFIG_VALUES = {
    ("database", "sql_alchemy_conn"),
    ("celery", "broker_url"),
    ("celery", "result_backend"),
    ("celery", "flower_basic_auth"),
    ("smtp", "smtp_password"),
    ("api", "secret_key"),
}


class DagflowConfigParser(configparser.ConfigParser):
    def __init__(self) -> None:
        super().__init__(interpolation=None, strict=False)
        self._defaults_from_yaml()

    def _defaults_from_yaml(self) -> None:
        spec = yaml.safe_load((_TEMPLATES / "config.yml").read_text())
        for section, body in spec.items():
            if not self.has_section(section):
                self.add_section(section)
            for key, option in body.get("options", {}).items():
                default = option.get("default")
                if default is not None:
                    self.set(section, key, str(default))

    @staticmethod
    def _env_var_name(section: str, key: str) -> str:
        return f"{ENV_VAR_PREFIX}{section.upper()}__{key.upper()}"

    def _get_env_var_option(self, section: str, key: str) -> str | None:
        env_var = self._env_var_name(section, key)
        if env_var in os.environ:
            return os.path.expandvars(os.environ[env_var])
        if (section, key) in SENSITIVE_CONFIG_VALUES:
            cmd = os.environ.get(env_var + "_CMD")
            if cmd:
                return subprocess.check_output(cmd, shell=True, text=True).strip()
            secret_path = os.environ.get(env_var + "_SECRET")
            if secret_path:
                from dagflow.secrets.environment_variables import get_config_from_secrets_backend

                return get_config_from_secrets_backend(secret_path)
        return None

    def get(self, section: str, key: str, fallback=configparser._UNSET, **kwargs):  # type: ignore[override]
        section, key = section.lower(), key.lower()
        value = self._get_env_var_option(section, key)
        if value is not None:
            return value
        return super().get(section, key, fallback=fallback, **kwargs)

    def getboolean(self, section, key, fallback=configparser._UNSET, **kwargs):  # type: ignore[override]
        value = str(self.get(section, key, fallback=fallback)).strip().lower()
        return value in ("1", "t", "true", "yes", "on")

    def getimport(self, section: str, key: str):
        import importlib

        path = self.get(section, key, fallback=None)
        if not path:
            return None
        module, _, name = path.rpartition(".")
        return getattr(importlib.import_module(module), name)


def initialize_config() -> DagflowConfigParser:
    cfg = DagflowConfigParser()
    if os.path.exists(DAGFLOW_CONFIG):
        cfg.read(DAGFLOW_CONFIG)
    return cfg


conf = initialize_config()
