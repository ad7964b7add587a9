"""Example: read a CSV from Google Cloud Storage. Not part of any deployment."""
from google.cloud import storage

from runbeacon import flow, task


@task
def fetch(bucket: str, blob: str) -> str:
    return storage.Client().bucket(bucket).blob(blob).download_as_text()


@flow
def gcs_example(bucket: str = "runbeacon-example-data", blob: str = "iris.csv"):
    text = fetch(bucket, blob)
    print(f"{len(text.splitlines())} lines")


if __name__ == "__main__":
    gcs_example()
