import logging
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


class MediaRepository:
    """Only instantiated where enable_media_repo is true (media_repository1)."""

    def __init__(self, hs: "HomeServer") -> None:
        self.hs = hs
        self.client = hs.get_federation_http_client()
        self.primary_base_path = hs.config.media.media_store_path
        self.max_upload_size = hs.config.media.max_upload_size
        self.store = hs.get_datastores().main

    async def _download_remote_file(self, server_name: str, media_id: str, file_id: str) -> dict:
        path = os.path.join(self.primary_base_path, "remote_content", server_name, file_id[0:2], file_id[2:])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            code, headers = await self.client.get_file(
                server_name,
                "/_matrix/media/v3/download/" + server_name + "/" + media_id,
                output_stream=f,
                args={"allow_remote": "false"},
                max_size=self.max_upload_size,
            )
        await self.store.store_cached_remote_media(origin=server_name, media_id=media_id, filesystem_id=file_id)
        return {"media_id": media_id, "filesystem_id": file_id}
