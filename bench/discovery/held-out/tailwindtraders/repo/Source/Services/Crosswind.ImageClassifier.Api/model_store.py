"""Fetches the ONNX product classifier (and its labels) from Azure Blob Storage.

The model is trained offline by the data team and published to the `models`
container of the storage account; we download it once at start-up and cache it on
local disk.
"""
import logging
import os

from azure.storage.blob import BlobServiceClient

log = logging.getLogger(__name__)

MODEL_DIR = os.environ.get("MODEL_DIR", "/tmp/models")
MODEL_CONTAINER = os.environ.get("MODEL_CONTAINER", "models")
MODEL_BLOB = os.environ.get("MODEL_BLOB", "product-classifier/v3/model.onnx")
LABELS_BLOB = os.environ.get("LABELS_BLOB", "product-classifier/v3/labels.txt")


def _blob_service() -> BlobServiceClient:
    conn = os.environ["MODEL_STORAGE_CONNECTION"]
    return BlobServiceClient.from_connection_string(conn)


def _download(container, blob_name: str, target: str) -> None:
    log.info("downloading %s/%s -> %s", MODEL_CONTAINER, blob_name, target)
    with open(target, "wb") as fh:
        stream = container.download_blob(blob_name)
        stream.readinto(fh)


def ensure_model() -> tuple[str, str]:
    """Return local paths of (model, labels), downloading them if missing."""
    os.makedirs(MODEL_DIR, exist_ok=True)
    model_path = os.path.join(MODEL_DIR, "model.onnx")
    labels_path = os.path.join(MODEL_DIR, "labels.txt")
    if os.path.exists(model_path) and os.path.exists(labels_path):
        return model_path, labels_path

    container = _blob_service().get_container_client(MODEL_CONTAINER)
    _download(container, MODEL_BLOB, model_path)
    _download(container, LABELS_BLOB, labels_path)
    return model_path, labels_path
