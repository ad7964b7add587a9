import os
import time

import pytest
import requests

GMS_URL = os.getenv("LINEAGEHUB_GMS_URL", "http://localhost:8080")
FRONTEND_URL = os.getenv("LINEAGEHUB_FRONTEND_URL", "http://localhost:9002")
KAFKA_BROKER = os.getenv("LINEAGEHUB_KAFKA_URL", "localhost:9092")
SCHEMA_REGISTRY = os.getenv("LINEAGEHUB_SCHEMA_REGISTRY_URL", "http://localhost:8081")

DATASET_URN = "urn:li:dataset:(urn:li:dataPlatform:mysql,smoke.test_table,PROD)"


@pytest.fixture(scope="session")
def wait_for_healthchecks():
    for _ in range(60):
        try:
            if requests.get(f"{GMS_URL}/health", timeout=5).ok and requests.get(f"{FRONTEND_URL}/admin", timeout=5).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(5)
    pytest.fail("LineageHub did not become healthy")


def test_ingest_and_search(wait_for_healthchecks):
    proposal = {
        "proposal": {
            "entityType": "dataset",
            "entityUrn": DATASET_URN,
            "changeType": "UPSERT",
            "aspectName": "status",
            "aspect": {"value": '{"removed": false}', "contentType": "application/json"},
        }
    }
    resp = requests.post(f"{GMS_URL}/aspects?action=ingestProposal", json=proposal,
                         headers={"X-RestLi-Protocol-Version": "2.0.0"})
    resp.raise_for_status()

    time.sleep(10)
    query = {"query": '{ search(input: {type: DATASET, query: "test_table", start: 0, count: 10}) { total } }'}
    resp = requests.post(f"{GMS_URL}/api/graphql", json=query)
    resp.raise_for_status()
    assert resp.json()["data"]["search"]["total"] >= 1


def test_schema_registry_has_mcl_subject(wait_for_healthchecks):
    resp = requests.get(f"{SCHEMA_REGISTRY}/subjects")
    assert "MetadataChangeLog_Versioned_v1-value" in resp.json()
