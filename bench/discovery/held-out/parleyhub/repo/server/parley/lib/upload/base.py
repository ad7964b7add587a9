from typing import IO, Optional


class ParleyUploadBackend:
    def upload_message_attachment(self, path_id: str, content_type: str, file_data: bytes, user_profile_id: int) -> None:
        raise NotImplementedError

    def generate_message_upload_url(self, path_id: str) -> str:
        raise NotImplementedError

    def upload_avatar_image(self, user_file: IO[bytes], user_profile_id: int, content_type: Optional[str]) -> None:
        raise NotImplementedError

    def upload_export_tarball(self, realm_id: int, tarball_path: str) -> str:
        raise NotImplementedError
