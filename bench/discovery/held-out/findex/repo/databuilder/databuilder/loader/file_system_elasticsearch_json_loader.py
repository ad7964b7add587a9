import json
import os
from typing import Any

from pyhocon import ConfigTree

from databuilder import Scoped


class FSElasticsearchJSONLoader(Scoped):
    """
    Loader class to produce Elasticsearch bulk load file to Local FileSystem
    """
    FILE_PATH_CONFIG_KEY = 'file_path'
    FILE_MODE_CONFIG_KEY = 'mode'

    def init(self, conf: ConfigTree) -> None:
        self.conf = conf
        self.file_path = self.conf.get_string(FSElasticsearchJSONLoader.FILE_PATH_CONFIG_KEY)
        self.file_mode = self.conf.get_string(FSElasticsearchJSONLoader.FILE_MODE_CONFIG_KEY, 'w')
        file_dir = self.file_path.rsplit('/', 1)[0]
        if not os.path.exists(file_dir):
            os.makedirs(file_dir)
        self.file_handler = open(self.file_path, self.file_mode)

    def load(self, record: Any) -> None:
        if not record:
            return
        self.file_handler.write(json.dumps(record, default=str) + '\n')

    def close(self) -> None:
        if self.file_handler:
            self.file_handler.close()

    def get_scope(self) -> str:
        return 'loader.filesystem.elasticsearch'
