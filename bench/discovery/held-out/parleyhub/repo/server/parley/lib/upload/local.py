import os
import secrets
from typing import IO, Optional

from django.conf import settings

from parley.lib.upload.base import ParleyUploadBackend


def write_local_file(type: str, path: str, file_data: bytes) -> None:
    assert settings.LOCAL_UPLOADS_DIR is not None
    file_path = os.path.join(settings.LOCAL_UPLOADS_DIR, type, path)
    os.makedirs(os.path.dirname(file_path), exist_ok=True)
    with open(file_path, "wb") as f:
        f.write(file_data)


class LocalUploadBackend(ParleyUploadBackend):
    """Only used when LOCAL_UPLOADS_DIR is set (not in the docker deployment)."""

    def upload_message_attachment(self, path_id: str, content_type: str, file_data: bytes, user_profile_id: int) -> None:
        write_local_file("files", path_id, file_data)

    def generate_message_upload_url(self, path_id: str) -> str:
        return f"/internal/local/uploads/{path_id}"

    def upload_avatar_image(self, user_file: IO[bytes], user_profile_id: int, content_type: Optional[str]) -> None:
        write_local_file("avatars", f"{user_profile_id}/{secrets.token_hex(8)}", user_file.read())
