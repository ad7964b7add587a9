"""
Production ingestion entry point run by the `databuilder` container.

Jobs are selected through the ENABLED_JOBS environment variable (comma separated).
Every job goes extractor -> FsNeo4jCSVLoader -> Neo4jCsvPublisher, then the search index
job reads back from Neo4j and publishes into Elasticsearch.
"""
import logging
import os
import sys
import uuid

from elasticsearch import Elasticsearch
from pyhocon import ConfigFactory

from databuilder.extractor.dashboard.mode_analytics.mode_dashboard_extractor import ModeDashboardExtractor
from databuilder.extractor.hive_table_metadata_extractor import HiveTableMetadataExtractor
from databuilder.extractor.neo4j_search_data_extractor import Neo4jSearchDataExtractor
from databuilder.extractor.postgres_metadata_extractor import PostgresMetadataExtractor
from databuilder.extractor.snowflake_metadata_extractor import SnowflakeMetadataExtractor
from databuilder.job.job import DefaultJob
from databuilder.loader.file_system_elasticsearch_json_loader import FSElasticsearchJSONLoader
from databuilder.loader.file_system_neo4j_csv_loader import FsNeo4jCSVLoader
from databuilder.publisher import neo4j_csv_publisher
from databuilder.publisher.elasticsearch_publisher import ElasticsearchPublisher
from databuilder.publisher.neo4j_csv_publisher import Neo4jCsvPublisher
from databuilder.task.neo4j_staleness_removal_task import Neo4jStalenessRemovalTask
from databuilder.task.task import DefaultTask

logging.basicConfig(level=logging.INFO)
LOGGER = logging.getLogger('findex.ingestion')

NEO4J_ENDPOINT = os.getenv('NEO4J_ENDPOINT', 'bolt://localhost:7687')
NEO4J_USER = os.getenv('NEO4J_USER', 'neo4j')
NEO4J_PASSWORD = os.getenv('NEO4J_PASSWORD', 'test')

es_host = os.getenv('ELASTICSEARCH_HOST', 'localhost')
es_port = os.getenv('ELASTICSEARCH_PORT', '9200')
es = Elasticsearch([{'host': es_host, 'port': int(es_port), 'scheme': 'http'}])

ENABLED_JOBS = [j.strip() for j in os.getenv('ENABLED_JOBS', 'postgres,search_index').split(',') if j.strip()]
PUBLISH_TAG = os.getenv('PUBLISH_TAG', str(uuid.uuid4()))
TMP_FOLDER = '/var/tmp/findex/{job}'


def _neo4j_publish_conf(job_name: str, extractor_scope: str, extractor_conf: dict) -> ConfigFactory:
    node_files_folder = TMP_FOLDER.format(job=job_name) + '/nodes'
    relationship_files_folder = TMP_FOLDER.format(job=job_name) + '/relationships'
    conf = {
        f'loader.filesystem_csv_neo4j.{FsNeo4jCSVLoader.NODE_DIR_PATH}': node_files_folder,
        f'loader.filesystem_csv_neo4j.{FsNeo4jCSVLoader.RELATION_DIR_PATH}': relationship_files_folder,
        f'loader.filesystem_csv_neo4j.{FsNeo4jCSVLoader.SHOULD_DELETE_CREATED_DIR}': True,
        f'publisher.neo4j.{neo4j_csv_publisher.NODE_FILES_DIR}': node_files_folder,
        f'publisher.neo4j.{neo4j_csv_publisher.RELATION_FILES_DIR}': relationship_files_folder,
        f'publisher.neo4j.{neo4j_csv_publisher.NEO4J_END_POINT_KEY}': NEO4J_ENDPOINT,
        f'publisher.neo4j.{neo4j_csv_publisher.NEO4J_USER}': NEO4J_USER,
        f'publisher.neo4j.{neo4j_csv_publisher.NEO4J_PASSWORD}': NEO4J_PASSWORD,
        f'publisher.neo4j.{neo4j_csv_publisher.NEO4J_ENCRYPTED}': False,
        f'publisher.neo4j.{neo4j_csv_publisher.JOB_PUBLISH_TAG}': PUBLISH_TAG,
    }
    conf.update({f'{extractor_scope}.{k}': v for k, v in extractor_conf.items()})
    return ConfigFactory.from_dict(conf)


def run_postgres_job() -> None:
    schemas = ','.join(f"'{s}'" for s in os.environ['WAREHOUSE_SCHEMAS'].split(','))
    conf = _neo4j_publish_conf('postgres', 'extractor.postgres_metadata', {
        PostgresMetadataExtractor.WHERE_CLAUSE_SUFFIX_KEY: f'where table_schema in ({schemas})',
        PostgresMetadataExtractor.USE_CATALOG_AS_CLUSTER_NAME: True,
        'extractor.sqlalchemy.conn_string': os.environ['WAREHOUSE_CONN_STRING'],
    })
    DefaultJob(conf=conf, task=DefaultTask(extractor=PostgresMetadataExtractor(), loader=FsNeo4jCSVLoader()),
               publisher=Neo4jCsvPublisher()).launch()


def run_hive_job() -> None:
    conf = _neo4j_publish_conf('hive', 'extractor.hive_table_metadata', {
        HiveTableMetadataExtractor.WHERE_CLAUSE_SUFFIX_KEY: "WHERE d.NAME NOT IN ('tmp', 'scratch')",
        'extractor.sqlalchemy.conn_string': os.environ['HIVE_METASTORE_CONN_STRING'],
    })
    DefaultJob(conf=conf, task=DefaultTask(extractor=HiveTableMetadataExtractor(), loader=FsNeo4jCSVLoader()),
               publisher=Neo4jCsvPublisher()).launch()


def run_snowflake_job() -> None:
    conf = _neo4j_publish_conf('snowflake', 'extractor.snowflake', {
        'extractor.sqlalchemy.conn_string': os.environ.get('SNOWFLAKE_CONN_STRING', ''),
        SnowflakeMetadataExtractor.SNOWFLAKE_DATABASE_KEY: 'ANALYTICS',
    })
    DefaultJob(conf=conf, task=DefaultTask(extractor=SnowflakeMetadataExtractor(), loader=FsNeo4jCSVLoader()),
               publisher=Neo4jCsvPublisher()).launch()


def run_mode_job() -> None:
    conf = _neo4j_publish_conf('mode', 'extractor.mode_dashboard', {
        ModeDashboardExtractor.ORGANIZATION: os.environ['MODE_ORGANIZATION'],
        ModeDashboardExtractor.MODE_ACCESS_TOKEN: os.environ['MODE_ACCESS_TOKEN'],
        ModeDashboardExtractor.MODE_PASSWORD_TOKEN: os.environ['MODE_PASSWORD_TOKEN'],
    })
    DefaultJob(conf=conf, task=DefaultTask(extractor=ModeDashboardExtractor(), loader=FsNeo4jCSVLoader()),
               publisher=Neo4jCsvPublisher()).launch()


def run_search_index_job(index_alias: str = 'table_search_index') -> None:
    extracted_search_data_path = TMP_FOLDER.format(job='search') + '/search_data.json'
    new_index = f'{index_alias}_{uuid.uuid4()}'
    conf = ConfigFactory.from_dict({
        'extractor.search_data.graph_url': NEO4J_ENDPOINT,
        'extractor.search_data.neo4j_auth_user': NEO4J_USER,
        'extractor.search_data.neo4j_auth_pw': NEO4J_PASSWORD,
        'loader.filesystem.elasticsearch.file_path': extracted_search_data_path,
        'loader.filesystem.elasticsearch.mode': 'w',
        'publisher.elasticsearch.file_path': extracted_search_data_path,
        'publisher.elasticsearch.mode': 'r',
        'publisher.elasticsearch.client': es,
        'publisher.elasticsearch.new_index': new_index,
        'publisher.elasticsearch.alias': index_alias,
    })
    DefaultJob(conf=conf,
               task=DefaultTask(extractor=Neo4jSearchDataExtractor(), loader=FSElasticsearchJSONLoader()),
               publisher=ElasticsearchPublisher()).launch()


def run_staleness_job() -> None:
    task = Neo4jStalenessRemovalTask()
    task.init(ConfigFactory.from_dict({
        'task.remove_stale_data.neo4j_endpoint': NEO4J_ENDPOINT,
        'task.remove_stale_data.neo4j_user': NEO4J_USER,
        'task.remove_stale_data.neo4j_password': NEO4J_PASSWORD,
        'task.remove_stale_data.target_nodes': ['Table', 'Column', 'Dashboard'],
        'task.remove_stale_data.milliseconds_to_expire': 86400000 * 3,
    }))
    task.run()
    task.close()


JOBS = {
    'postgres': run_postgres_job,
    'hive': run_hive_job,
    'snowflake': run_snowflake_job,
    'mode': run_mode_job,
    'search_index': run_search_index_job,
    'staleness': run_staleness_job,
}


if __name__ == '__main__':
    LOGGER.info('Running jobs %s against %s', ENABLED_JOBS, NEO4J_ENDPOINT)
    for job_name in ENABLED_JOBS:
        if job_name not in JOBS:
            LOGGER.error('Unknown job %s', job_name)
            sys.exit(1)
        LOGGER.info('Starting job %s', job_name)
        JOBS[job_name]()
