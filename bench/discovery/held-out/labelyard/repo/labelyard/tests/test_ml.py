"""This file and its contents are licensed under the Apache License 2.0. Please see the included NOTICE for copyright information and LICENSE for a copy of the license.
"""
import pytest
from ml.api_connector import MLApi
from ml.models import MLBackend, MLBackendState

ML_URL = 'http://localhost:9090'


@pytest.mark.django_db
def test_ml_backend_health(ml_backend):
    result = MLApi(url=ML_URL).health()
    assert not result.is_error
    assert result.response['status'] == 'UP'


@pytest.mark.django_db
def test_ml_backend_connect(business_client, project_id, ml_backend):
    response = business_client.post('/api/ml/', data={'project': project_id, 'title': 'ModelSingle', 'url': ML_URL})
    assert response.status_code == 201
    mlb = MLBackend.objects.get(project_id=project_id)
    assert mlb.state == MLBackendState.CONNECTED
    assert mlb.model_version == 'Fri Feb 19 17:10:44 2021'


@pytest.mark.django_db
def test_ml_backend_train(business_client, project_id, ml_backend):
    mlb = MLBackend.objects.create(project_id=project_id, url=ML_URL)
    response = business_client.post(f'/api/ml/{mlb.id}/train')
    assert response.status_code == 200
