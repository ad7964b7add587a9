# Copyright 2019 The Kubeflow Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");

import json
import os
import sys
import time

from ml_metadata.metadata_store import metadata_store
from ml_metadata.proto import metadata_store_pb2


def value_to_mlmd_value(value) -> metadata_store_pb2.Value:
    if value is None:
        return metadata_store_pb2.Value()
    if isinstance(value, int):
        return metadata_store_pb2.Value(int_value=value)
    if isinstance(value, float):
        return metadata_store_pb2.Value(double_value=value)
    return metadata_store_pb2.Value(string_value=str(value))


def connect_to_mlmd() -> metadata_store.MetadataStore:
    # These are injected by Kubernetes for the metadata-grpc-service Service.
    metadata_service_host = os.environ.get(
        'METADATA_GRPC_SERVICE_SERVICE_HOST', 'metadata-grpc-service')
    metadata_service_port = int(os.environ.get(
        'METADATA_GRPC_SERVICE_SERVICE_PORT', 8080))

    mlmd_connection_config = metadata_store_pb2.MetadataStoreClientConfig(
        host="[{}]".format(metadata_service_host) if ':' in metadata_service_host else metadata_service_host,
        port=metadata_service_port,
    )

    # Checking the connection to the Metadata store.
    for _ in range(100):
        try:
            mlmd_store = metadata_store.MetadataStore(mlmd_connection_config)
            # All get requests fail when the DB is empty, so we have to use a put request.
            # TODO: Replace with _ = mlmd_store.get_context_types() when https://github.com/google/ml-metadata/issues/28 is fixed
            _ = mlmd_store.put_execution_type(
                metadata_store_pb2.ExecutionType(
                    name="DummyExecutionType",
                )
            )
            return mlmd_store
        except Exception as e:
            print('Failed to access the Metadata store. Exception: "{}"'.format(str(e)), file=sys.stderr)
            sys.stderr.flush()
            time.sleep(1)

    raise RuntimeError('Could not connect to the Metadata store.')


def get_or_create_context_with_type(store, context_name: str, type_name: str, properties: dict = None) -> metadata_store_pb2.Context:
    context = store.get_context_by_type_and_name(type_name, context_name)
    if context:
        return context
    context_type = metadata_store_pb2.ContextType(name=type_name, properties=properties or {})
    context_type_id = store.put_context_type(context_type, can_add_fields=True)
    context = metadata_store_pb2.Context(name=context_name, type_id=context_type_id)
    [context_id] = store.put_contexts([context])
    context.id = context_id
    return context


def create_new_execution_in_existing_run_context(store, execution_type_name: str, context_id: int, pod_name: str, **kwargs):
    execution_type = metadata_store_pb2.ExecutionType(name=execution_type_name)
    execution_type_id = store.put_execution_type(execution_type, can_add_fields=True)
    execution = metadata_store_pb2.Execution(type_id=execution_type_id)
    execution.custom_properties['pod_name'].string_value = pod_name
    [execution_id] = store.put_executions([execution])
    execution.id = execution_id
    association = metadata_store_pb2.Association(execution_id=execution_id, context_id=context_id)
    store.put_attributions_and_associations([], [association])
    return execution
