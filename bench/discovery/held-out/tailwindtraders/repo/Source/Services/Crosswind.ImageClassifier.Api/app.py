import io
import logging
import os

import numpy as np
from flask import Flask, jsonify, request
from PIL import Image

import model_store

logging.basicConfig(level=logging.INFO)


class Classifier:
    def __init__(self, model_path: str, labels_path: str):
        import onnxruntime as ort

        self.session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
        self.input_name = self.session.get_inputs()[0].name
        with open(labels_path, encoding="utf-8") as fh:
            self.labels = [line.strip() for line in fh if line.strip()]

    def predict(self, image_bytes: bytes) -> str:
        img = Image.open(io.BytesIO(image_bytes)).convert("RGB").resize((224, 224))
        data = np.asarray(img, dtype=np.float32).transpose(2, 0, 1)[np.newaxis, ...] / 255.0
        scores = self.session.run(None, {self.input_name: data})[0][0]
        return self.labels[int(np.argmax(scores))]


def create_app(classifier=None) -> Flask:
    app = Flask(__name__)

    if os.environ.get("APPLICATIONINSIGHTS_CONNECTION_STRING"):
        from opencensus.ext.azure.log_exporter import AzureLogHandler

        logging.getLogger().addHandler(
            AzureLogHandler(connection_string=os.environ["APPLICATIONINSIGHTS_CONNECTION_STRING"])
        )

    if classifier is None:
        classifier = Classifier(*model_store.ensure_model())
    app.config["classifier"] = classifier

    @app.get("/liveness")
    def liveness():
        return "Healthy", 200

    @app.post("/v1/imageclassifier")
    def classify():
        upload = request.files.get("file")
        if upload is None:
            return jsonify(error="missing file"), 400
        label = app.config["classifier"].predict(upload.read())
        return jsonify(label=label)

    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
