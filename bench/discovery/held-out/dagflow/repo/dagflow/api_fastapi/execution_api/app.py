"""Task Execution API: the only way Task SDK workers read/write metadata in dagflow 3."""
from __future__ import annotations

import time

import jwt
from fastapi import FastAPI

from dagflow.api_fastapi.execution_api.routes import connections, task_instances
from dagflow.configuration import conf


def create_task_execution_api_app() -> FastAPI:
    app = FastAPI(title="dagflow Task Execution API")
    app.include_router(task_instances.router, prefix="/task-instances")
    app.include_router(connections.router, prefix="/connections")
    return app


class JWTGenerator:
    def __init__(self, secret: str, valid_for: int) -> None:
        self.secret = secret
        self.valid_for = valid_for

    @classmethod
    def from_config(cls) -> "JWTGenerator":
        return cls(conf.get("api_auth", "jwt_secret", fallback=conf.get("api", "secret_key")),
                   int(conf.get("execution_api", "jwt_expiration_time", fallback=600)))

    def generate(self, claims: dict) -> str:
        now = int(time.time())
        return jwt.encode({**claims, "iat": now, "exp": now + self.valid_for}, self.secret, algorithm="HS512")

    def validate(self, token: str) -> dict:
        return jwt.decode(token, self.secret, algorithms=["HS512"])
