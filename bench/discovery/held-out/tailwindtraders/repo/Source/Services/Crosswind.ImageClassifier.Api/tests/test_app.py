import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app import create_app  # noqa: E402


class FakeClassifier:
    def predict(self, image_bytes):
        return "hammer"


def test_classify_returns_label():
    client = create_app(classifier=FakeClassifier()).test_client()
    res = client.post(
        "http://localhost:5000/v1/imageclassifier",
        data={"file": (io.BytesIO(b"not-really-a-jpeg"), "x.jpg")},
        content_type="multipart/form-data",
    )
    assert res.status_code == 200
    assert res.get_json() == {"label": "hammer"}


def test_missing_file_is_400():
    client = create_app(classifier=FakeClassifier()).test_client()
    assert client.post("/v1/imageclassifier").status_code == 400
