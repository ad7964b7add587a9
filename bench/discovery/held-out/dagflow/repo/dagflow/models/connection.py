"""Connection model. Stored in the metadata DB (``connection`` table) or provided by a secrets
backend such as environment variables DAGFLOW_CONN_{CONN_ID}."""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from sqlalchemy import Column, Integer, String, Text

from dagflow.models import ID_LEN, Base


class Connection(Base):
    __tablename__ = "connection"

    id = Column(Integer, primary_key=True)
    conn_id = Column(String(ID_LEN), unique=True, nullable=False)
    conn_type = Column(String(500), nullable=False)
    host = Column(String(500))
    schema = Column(String(500))
    login = Column(Text)
    _password = Column("password", Text)
    port = Column(Integer)
    _extra = Column("extra", Text)

    def __init__(self, conn_id: str, uri: str | None = None, **kwargs) -> None:
        self.conn_id = conn_id
        if uri:
            if uri.lstrip().startswith("{"):
                self._parse_json(uri)
            else:
                self._parse_uri(uri)
        else:
            for key, value in kwargs.items():
                setattr(self, key if key not in ("password", "extra") else f"_{key}", value)

    def _parse_uri(self, uri: str) -> None:
        parts = urlsplit(uri)
        self.conn_type = parts.scheme.replace("-", "_")
        self.host = unquote(parts.hostname or "")
        self.schema = parts.path.lstrip("/")
        self.login = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else None
        self.port = parts.port
        if parts.query:
            self._extra = json.dumps(dict(parse_qsl(parts.query, keep_blank_values=True)))

    def _parse_json(self, value: str) -> None:
        data = json.loads(value)
        self.conn_type = data.get("conn_type")
        self.host = data.get("host")
        self.schema = data.get("schema")
        self.login = data.get("login")
        self._password = data.get("password")
        self.port = data.get("port")
        extra = data.get("extra")
        self._extra = json.dumps(extra) if isinstance(extra, dict) else extra

    @property
    def password(self) -> str | None:
        return self._password

    @property
    def extra_dejson(self) -> dict:
        return json.loads(self._extra) if self._extra else {}

    def get_uri(self) -> str:
        auth = ""
        if self.login:
            auth = quote(self.login, safe="")
            if self._password:
                auth += ":" + quote(self._password, safe="")
            auth += "@"
        port = f":{self.port}" if self.port else ""
        return f"{self.conn_type.replace('_', '-')}://{auth}{self.host or ''}{port}/{self.schema or ''}"
