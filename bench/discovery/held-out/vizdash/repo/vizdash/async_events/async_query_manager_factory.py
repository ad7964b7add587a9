from flask import Flask

from vizdash.async_events.async_query_manager import AsyncQueryManager


class AsyncQueryManagerFactory:
    def __init__(self) -> None:
        self._async_query_manager: AsyncQueryManager = None  # type: ignore

    def init_app(self, app: Flask) -> None:
        self._async_query_manager = app.config.get(
            "GLOBAL_ASYNC_QUERIES_MANAGER_CLASS", AsyncQueryManager
        )()
        self._async_query_manager.init_app(app)

    def instance(self) -> AsyncQueryManager:
        return self._async_query_manager
