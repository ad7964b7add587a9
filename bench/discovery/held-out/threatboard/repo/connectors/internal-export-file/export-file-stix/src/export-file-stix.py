import json
import os
import sys
import time

import yaml
from pycti import OpenCTIConnectorHelper


class ExportFileStix:
    def __init__(self):
        config_file_path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(config_file_path), Loader=yaml.FullLoader) if os.path.isfile(config_file_path) else {}
        self.helper = OpenCTIConnectorHelper(config)

    def _process_message(self, data):
        file_name = data["file_name"]
        export_scope = data["export_scope"]  # single or selection
        export_type = data["export_type"]  # simple or full
        file_markings = data["file_markings"]
        entity_id = data.get("entity_id")
        entity_type = data["entity_type"]
        if export_scope == "single":
            bundle = self.helper.api.stix2.get_stix_bundle_or_object_from_entity_id(entity_type=entity_type, entity_id=entity_id, mode=export_type)
            json_bundle = json.dumps(bundle, indent=4)
            self.helper.log_info(f"Uploading: {entity_type}/{export_type}/{entity_id} to {file_name}")
            self.helper.api.stix_core_object.push_entity_export(entity_id, file_name, json_bundle, file_markings)
        else:
            list_params = data["list_params"]
            objects = self.helper.api.stix2.export_selected(list_params.get("ids", []), export_type)
            json_bundle = json.dumps({"type": "bundle", "objects": objects}, indent=4)
            self.helper.api.stix_domain_object.push_list_export(entity_type, file_name, json_bundle, file_markings, json.dumps(list_params))
        return "Export done"

    def start(self):
        self.helper.listen(self._process_message)


if __name__ == "__main__":
    try:
        ExportFileStix().start()
    except Exception as e:  # pylint: disable=broad-except
        print(e)
        time.sleep(10)
        sys.exit(0)
