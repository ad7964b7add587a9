# Copyright 2019 The Kubeflow Authors

import hashlib
import os
import sys
import re
import kubernetes
import yaml
from time import sleep

from metadata_helpers import *


namespace_to_watch = os.environ.get('NAMESPACE_TO_WATCH', 'default')

kubernetes.config.load_incluster_config()
k8s_api = kubernetes.client.CoreV1Api()
k8s_watch = kubernetes.watch.Watch()

patch_retries = 20
sleep_time = 0.1

def patch_pod_metadata(namespace: str, pod_name: str, patch: dict):
    for retry in range(patch_retries):
        try:
            pod = k8s_api.patch_namespaced_pod(
                name=pod_name,
                namespace=namespace,
                body=patch,
            )
            return pod
        except Exception as e:
            print(e)
            sleep(sleep_time)


mlmd_store = connect_to_mlmd()
print("Connected to the metadata store")

PIPELINE_RUNTIME = 'pipeline_runtime'
ARGO_WORKFLOW_LABEL_KEY = 'workflows.argoproj.io/workflow'
ARGO_COMPLETED_LABEL_KEY = 'workflows.argoproj.io/completed'
METADATA_EXECUTION_ID_LABEL_KEY = 'pipelines.kubeflow.org/metadata_execution_id'
METADATA_CONTEXT_ID_LABEL_KEY = 'pipelines.kubeflow.org/metadata_context_id'
METADATA_WRITTEN_LABEL_KEY = 'pipelines.kubeflow.org/metadata_written'
KFP_V2_COMPONENT_ANNOTATION_KEY = 'pipelines.kubeflow.org/v2_component'

pods_with_written_metadata = set()

while True:
    print("Start watching Kubernetes Pods created by Argo")
    if namespace_to_watch:
        pod_stream = k8s_watch.stream(
            k8s_api.list_namespaced_pod,
            namespace=namespace_to_watch,
            label_selector=ARGO_WORKFLOW_LABEL_KEY,
            timeout_seconds=1800,
        )
    else:
        pod_stream = k8s_watch.stream(
            k8s_api.list_pod_for_all_namespaces,
            label_selector=ARGO_WORKFLOW_LABEL_KEY,
            timeout_seconds=1800,
        )
    for event in pod_stream:
        try:
            obj = event['object']
            if obj.metadata.annotations.get(KFP_V2_COMPONENT_ANNOTATION_KEY) == 'true':
                continue
            if obj.metadata.name in pods_with_written_metadata:
                continue
            argo_workflow_name = obj.metadata.labels[ARGO_WORKFLOW_LABEL_KEY]
            run_context = get_or_create_context_with_type(
                store=mlmd_store,
                context_name=argo_workflow_name,
                type_name=PIPELINE_RUNTIME,
            )
            execution = create_new_execution_in_existing_run_context(
                store=mlmd_store,
                execution_type_name='components.' + obj.metadata.annotations.get('workflows.argoproj.io/template', 'unknown')[:30],
                context_id=run_context.id,
                pod_name=obj.metadata.name,
            )
            patch_pod_metadata(
                namespace=obj.metadata.namespace,
                pod_name=obj.metadata.name,
                patch={'metadata': {'labels': {
                    METADATA_CONTEXT_ID_LABEL_KEY: str(run_context.id),
                    METADATA_EXECUTION_ID_LABEL_KEY: str(execution.id),
                    METADATA_WRITTEN_LABEL_KEY: 'true',
                }}},
            )
            pods_with_written_metadata.add(obj.metadata.name)
        except Exception as e:
            import traceback
            print(traceback.format_exc())
