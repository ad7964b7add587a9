from pathlib import Path
from typing import Any
from unittest import mock

import orjson
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from pytest_mock import MockerFixture

from app.config import Settings, settings
from app.models.base import InferenceModel
from app.schemas import ModelTask, ModelType

from .main import app


@pytest.fixture
def deployed_app() -> TestClient:
    return TestClient(app)


class TestBase:
    def test_download_uses_hf_org(self, mocker: MockerFixture, tmp_path: Path) -> None:
        snapshot_download = mocker.patch("app.models.base.snapshot_download")
        model = mock.Mock(spec=InferenceModel)
        model.model_name = "ViT-B-32__openai"
        model.cache_dir = tmp_path
        model.model_format = "onnx"

        InferenceModel._download(model)

        snapshot_download.assert_called_once_with(
            "photovault-app/ViT-B-32__openai",
            cache_dir=tmp_path,
            local_dir=tmp_path,
            ignore_patterns=["*.armnn", "*.rknn"],
        )

    def test_settings_env_prefix(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("MACHINE_LEARNING_PORT", "3004")
        assert Settings().port == 3004


@pytest.mark.skipif(not settings.test_full, reason="More time-consuming since it deploys the app and loads models.")
class TestEndpoints:
    def test_clip_text_endpoint(self, deployed_app: TestClient, responses: dict[str, Any]) -> None:
        entries = {"clip": {"textual": {"modelName": "ViT-B-32__openai"}}}
        response = deployed_app.post(
            "http://localhost:3003/predict",
            data={"text": "test search query", "entries": orjson.dumps(entries)},
        )
        assert response.status_code == 200
        assert isinstance(response.json(), dict)

    def test_face_endpoint(self, pil_image: Image.Image, deployed_app: TestClient) -> None:
        byte_image = pil_image.tobytes()
        entries = {
            ModelTask.FACIAL_RECOGNITION: {
                ModelType.DETECTION: {"modelName": "buffalo_l", "options": {"minScore": 0.034}},
                ModelType.RECOGNITION: {"modelName": "buffalo_l"},
            }
        }
        response = deployed_app.post(
            "http://localhost:3003/predict",
            data={"entries": orjson.dumps(entries)},
            files={"image": byte_image},
        )
        assert response.status_code == 200

    def test_ping(self, deployed_app: TestClient) -> None:
        assert deployed_app.get("/ping").text == "pong"
