"""
This is a example script which demo how to load data
into Neo4j and Elasticsearch without using an Airflow DAG.

It contains several jobs:
- `run_csv_job`: runs a job that extracts table data from a CSV, loads (writes)
  this into a different local directory as a csv, then publishes this data to
  neo4j.
- `create_es_publisher_sample_job`: creates a job that extracts data from neo4j
  and publishes it into elasticsearch.

For other available extractors, please take a look at
https://github.com/findex-io/findex/tree/main/databuilder#list-of-extractors
"""
import csv
import logging
import os
import sys
import uuid

from elasticsearch import Elasticsearch
from pyhocon import ConfigFactory

from databuilder.extractor.neo4j_search_data_extractor import Neo4jSearchDataExtractor
from databuilder.job.job import DefaultJob
from databuilder.loader.file_system_elasticsearch_json_loader import FSElasticsearchJSONLoader
from databuilder.loader.file_system_neo4j_csv_loader import FsNeo4jCSVLoader
from databuilder.publisher import neo4j_csv_publisher
from databuilder.publisher.elasticsearch_publisher import ElasticsearchPublisher
from databuilder.publisher.neo4j_csv_publisher import Neo4jCsvPublisher
from databuilder.task.task import DefaultTask

es_host = os.getenv('CREDENTIALS_ELASTICSEARCH_PROXY_HOST', 'localhost')
neo_host = os.getenv('CREDENTIALS_NEO4J_PROXY_HOST', 'localhost')

es_port = os.getenv('CREDENTIALS_ELASTICSEARCH_PROXY_PORT', 9200)
neo_port = os.getenv('CREDENTIALS_NEO4J_PROXY_PORT', 7687)
if len(sys.argv) > 1:
    es_host = sys.argv[1]
if len(sys.argv) > 2:
    neo_host = sys.argv[2]

es = Elasticsearch([
    {'host': es_host, 'port': int(es_port), 'scheme': 'http'},
])

NEO4J_ENDPOINT = f'bolt://{neo_host}:{neo_port}'

neo4j_endpoint = NEO4J_ENDPOINT

neo4j_user = 'neo4j'
neo4j_password = 'test'

LOGGER = logging.getLogger(__name__)


class CsvTableExtractor:
    """Minimal CSV extractor for the sample data."""

    def init(self, conf):
        self._rows = iter(csv.DictReader(open(conf.get_string('file_location'))))

    def extract(self):
        row = next(self._rows, None)
        if row is None:
            return None
        return {'database': row['database'], 'cluster': row['cluster'], 'schema': row['schema'],
                'name': row['name'], 'columns': []}

    def get_scope(self):
        return 'extractor.csv'

    def close(self):
        pass


def run_csv_job(file_loc, job_name):
    tmp_folder = f'/var/tmp/findex/{job_name}'
    node_files_folder = f'{tmp_folder}/nodes'
    relationship_files_folder = f'{tmp_folder}/relationships'

    job_config = ConfigFactory.from_dict({
        'extractor.csv.file_location': file_loc,
        'loader.filesystem_csv_neo4j.node_dir_path': node_files_folder,
        'loader.filesystem_csv_neo4j.relationship_dir_path': relationship_files_folder,
        'loader.filesystem_csv_neo4j.delete_created_directories': True,
        'publisher.neo4j.node_files_directory': node_files_folder,
        'publisher.neo4j.relation_files_directory': relationship_files_folder,
        'publisher.neo4j.neo4j_endpoint': neo4j_endpoint,
        'publisher.neo4j.neo4j_user': neo4j_user,
        'publisher.neo4j.neo4j_password': neo4j_password,
        'publisher.neo4j.neo4j_encrypted': False,
        f'publisher.neo4j.{neo4j_csv_publisher.JOB_PUBLISH_TAG}': 'unique_tag',
    })

    DefaultJob(conf=job_config,
               task=DefaultTask(extractor=CsvTableExtractor(), loader=FsNeo4jCSVLoader()),
               publisher=Neo4jCsvPublisher()).launch()


def create_es_publisher_sample_job(elasticsearch_index_alias='table_search_index'):
    extracted_search_data_path = '/var/tmp/findex/search_data.json'
    elasticsearch_new_index_key = f'tables{uuid.uuid4()}'
    job_config = ConfigFactory.from_dict({
        'extractor.search_data.graph_url': neo4j_endpoint,
        'extractor.search_data.neo4j_auth_user': neo4j_user,
        'extractor.search_data.neo4j_auth_pw': neo4j_password,
        'loader.filesystem.elasticsearch.file_path': extracted_search_data_path,
        'loader.filesystem.elasticsearch.mode': 'w',
        'publisher.elasticsearch.file_path': extracted_search_data_path,
        'publisher.elasticsearch.mode': 'r',
        'publisher.elasticsearch.client': es,
        'publisher.elasticsearch.new_index': elasticsearch_new_index_key,
        'publisher.elasticsearch.alias': elasticsearch_index_alias,
    })
    return DefaultJob(conf=job_config,
                      task=DefaultTask(extractor=Neo4jSearchDataExtractor(), loader=FSElasticsearchJSONLoader()),
                      publisher=ElasticsearchPublisher())


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO)
    run_csv_job('example/sample_data/sample_table.csv', 'test_table_metadata')
    create_es_publisher_sample_job().launch()
