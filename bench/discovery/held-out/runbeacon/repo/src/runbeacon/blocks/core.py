"""Blocks: typed, stored configuration documents (credentials, webhooks, storage)."""
from typing import ClassVar

from pydantic import BaseModel

_REGISTRY: dict[str, type["Block"]] = {}


class Block(BaseModel):
    _block_type_slug: ClassVar[str] = "block"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _REGISTRY[cls._block_type_slug] = cls

    @classmethod
    def from_document(cls, slug: str, data: dict) -> "Block":
        return _REGISTRY[slug].model_validate(data)

    def save(self, name: str, overwrite: bool = False):
        from runbeacon.client.orchestration import get_client
        with get_client(sync_client=True) as client:
            client._http.post("/block_documents/", json={
                "name": name, "block_type_slug": self._block_type_slug,
                "data": self.model_dump(mode="json"), "overwrite": overwrite,
            }).raise_for_status()

    @classmethod
    def load(cls, name: str) -> "Block":
        from runbeacon.client.orchestration import get_client
        with get_client(sync_client=True) as client:
            r = client._http.get(f"/block_types/slug/{cls._block_type_slug}/block_documents/name/{name}")
            r.raise_for_status()
            return cls.model_validate(r.json()["data"])
