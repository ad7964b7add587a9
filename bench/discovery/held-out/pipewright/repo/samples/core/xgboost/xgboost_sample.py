# Copyright 2021 The Kubeflow Authors
# Sample user pipeline. Reads training data from BigQuery and writes the model to GCS.
import kfp
from kfp import components, dsl

chicago_taxi_dataset_op = components.load_component_from_url(
    'https://raw.githubusercontent.com/kubeflow/pipelines/e3337b8bdcd63636934954e592d4b32c95b49129/components/datasets/Chicago%20Taxi/component.yaml'
)
xgboost_train_on_csv_op = components.load_component_from_url(
    'https://raw.githubusercontent.com/kubeflow/pipelines/567c04c51ff00a1ee525b3458425b17adbe3df61/components/XGBoost/Train/component.yaml'
)

BQ_QUERY = "SELECT tips, trip_seconds FROM `bigquery-public-data.chicago_taxi_trips.taxi_trips` LIMIT 10000"
OUTPUT_GCS = "gs://my-kfp-bucket/xgboost/model"


@dsl.pipeline(name='xgboost-sample-pipeline')
def xgboost_pipeline():
    training_data_csv = chicago_taxi_dataset_op(
        where='trip_start_timestamp >= "2019-01-01" AND trip_start_timestamp < "2019-02-01"',
        select='tips,trip_seconds,trip_miles,pickup_community_area,dropoff_community_area,fare,tolls,extras,trip_total',
        limit=10000,
    ).output
    xgboost_train_on_csv_op(training_data=training_data_csv, label_column=0, objective='reg:squarederror', num_iterations=200)


if __name__ == '__main__':
    kfp.compiler.Compiler().compile(xgboost_pipeline, __file__ + '.yaml')
