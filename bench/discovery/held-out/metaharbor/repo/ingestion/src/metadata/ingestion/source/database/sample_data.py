#  Copyright 2021 Collate / Metaharbor Authors
#  Licensed under the Apache License, Version 2.0
"""
Sample Data source ingestion: reads the bundled JSON files, no external connection.
"""
import json
import os
from typing import Iterable

from metadata.utils.logger import ingestion_logger

logger = ingestion_logger()


class SampleDataSource:
    """Loads tables from examples/sample_data/datasets"""

    def __init__(self, config: dict, metadata):
        self.config = config
        self.metadata = metadata
        sample_data_folder = config["serviceConnection"]["config"]["connectionOptions"][
            "sampleDataFolder"
        ]
        with open(os.path.join(sample_data_folder, "datasets", "tables.json"), encoding="utf-8") as file:
            self.tables = json.load(file)

    @classmethod
    def create(cls, config_dict: dict, metadata):
        return cls(config_dict, metadata)

    def _iter(self) -> Iterable[dict]:
        for table in self.tables["tables"]:
            yield {
                "name": table["name"],
                "databaseSchema": "sample_data.ecommerce_db.shopify",
                "columns": table["columns"],
            }

    def close(self):
        pass
