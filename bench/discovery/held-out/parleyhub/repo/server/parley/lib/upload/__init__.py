from django.conf import settings

from parley.lib.upload.base import ParleyUploadBackend


def get_upload_backend() -> "ParleyUploadBackend":
    if settings.UPLOAD_BACKEND == "local":
        from parley.lib.upload.local import LocalUploadBackend

        return LocalUploadBackend()
    from parley.lib.upload.s3 import S3UploadBackend

    return S3UploadBackend()


upload_backend = get_upload_backend()
