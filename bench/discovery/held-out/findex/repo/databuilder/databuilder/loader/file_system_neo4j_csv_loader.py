import csv
import logging
import os
import shutil
from typing import Any, Dict

from pyhocon import ConfigTree

from databuilder import Scoped

LOGGER = logging.getLogger(__name__)


class FsNeo4jCSVLoader(Scoped):
    """
    Write node and relationship CSV file(s) that can be consumed by
    Neo4jCsvPublisher.
    It assumes that the record it consumes is a dict describing a table and its columns.
    """
    NODE_DIR_PATH = 'node_dir_path'
    RELATION_DIR_PATH = 'relationship_dir_path'
    FORCE_CREATE_DIR = 'force_create_directory'
    SHOULD_DELETE_CREATED_DIR = 'delete_created_directories'

    def init(self, conf: ConfigTree) -> None:
        self._node_dir = conf.get_string(FsNeo4jCSVLoader.NODE_DIR_PATH)
        self._relation_dir = conf.get_string(FsNeo4jCSVLoader.RELATION_DIR_PATH)
        self._delete_created_dir = conf.get_bool(FsNeo4jCSVLoader.SHOULD_DELETE_CREATED_DIR, True)
        force = conf.get_bool(FsNeo4jCSVLoader.FORCE_CREATE_DIR, False)
        for d in (self._node_dir, self._relation_dir):
            if force and os.path.exists(d):
                shutil.rmtree(d)
            os.makedirs(d, exist_ok=True)
        self._files: Dict[str, Any] = {}
        self._writers: Dict[str, csv.DictWriter] = {}

    def _writer(self, directory: str, name: str, fields: list) -> csv.DictWriter:
        key = os.path.join(directory, name + '.csv')
        if key not in self._writers:
            f = open(key, 'w', newline='')
            self._files[key] = f
            self._writers[key] = csv.DictWriter(f, fieldnames=fields)
            self._writers[key].writeheader()
        return self._writers[key]

    def load(self, record: Dict[str, Any]) -> None:
        if not record:
            return
        if 'dashboard_id' in record:
            key = f"{record['product']}_dashboard://{record['organization']}.{record['dashboard_group_id']}/" \
                  f"{record['dashboard_id']}"
            self._writer(self._node_dir, 'Dashboard', ['KEY', 'LABEL', 'name', 'description']).writerow(
                {'KEY': key, 'LABEL': 'Dashboard', 'name': record['dashboard_name'],
                 'description': record.get('description') or ''})
            return
        table_key = f"{record['database']}://{record['cluster']}.{record['schema']}/{record['name']}"
        self._writer(self._node_dir, 'Table', ['KEY', 'LABEL', 'name', 'is_view']).writerow(
            {'KEY': table_key, 'LABEL': 'Table', 'name': record['name'], 'is_view': record.get('is_view', False)})
        for col in record.get('columns', []):
            col_key = f"{table_key}/{col['name']}"
            self._writer(self._node_dir, 'Column', ['KEY', 'LABEL', 'name', 'col_type', 'sort_order']).writerow(
                {'KEY': col_key, 'LABEL': 'Column', 'name': col['name'], 'col_type': col['col_type'],
                 'sort_order': col['sort_order']})
            self._writer(self._relation_dir, 'Table_Column',
                         ['START_KEY', 'START_LABEL', 'END_KEY', 'END_LABEL', 'TYPE', 'REVERSE_TYPE']).writerow(
                {'START_KEY': table_key, 'START_LABEL': 'Table', 'END_KEY': col_key, 'END_LABEL': 'Column',
                 'TYPE': 'COLUMN', 'REVERSE_TYPE': 'COLUMN_OF'})

    def close(self) -> None:
        for f in self._files.values():
            f.close()

    def get_scope(self) -> str:
        return 'loader.filesystem_csv_neo4j'
