import json
import os
import sys
import time

import yaml
from pycti import OpenCTIConnectorHelper, get_config_variable


class ImportFileStix:
    def __init__(self):
        config_file_path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(config_file_path), Loader=yaml.FullLoader) if os.path.isfile(config_file_path) else {}
        self.helper = OpenCTIConnectorHelper(config)
        self.validate_before_import = get_config_variable("CONNECTOR_VALIDATE_BEFORE_IMPORT", ["connector", "validate_before_import"], config, default=False)

    def _process_message(self, data):
        file_fetch = data["file_fetch"]
        bypass_validation = data.get("bypass_validation", False)
        file_uri = self.helper.opencti_url + file_fetch
        self.helper.log_info(f"Importing the file {file_uri}")
        # Download the uploaded file from the platform (which reads it from MinIO)
        file_content = self.helper.api.fetch_opencti_file(file_uri)
        if data["file_mime"] == "text/xml":
            self.helper.log_info("STIX 1.x import is handled by the stix2-elevator")
            file_content = json.dumps({"type": "bundle", "objects": []})
        bundles_sent = self.helper.send_stix2_bundle(
            file_content,
            bypass_validation=bypass_validation or not self.validate_before_import,
            file_name=data["file_id"],
            work_id=self.helper.work_id,
        )
        return f"Sent {len(bundles_sent)} stix bundle(s) for worker import"

    def start(self):
        self.helper.listen(self._process_message)


if __name__ == "__main__":
    try:
        ImportFileStix().start()
    except Exception as e:  # pylint: disable=broad-except
        print(e)
        time.sleep(10)
        sys.exit(0)
