import json
import os
import ssl
import sys
import time
import urllib.request
from datetime import datetime

import yaml
from pycti import OpenCTIConnectorHelper, get_config_variable

MITRE_ENTERPRISE_FILE_URL = "https://raw.githubusercontent.com/mitre/cti/master/enterprise-attack/enterprise-attack.json"
MITRE_MOBILE_ATTACK_FILE_URL = "https://raw.githubusercontent.com/mitre/cti/master/mobile-attack/mobile-attack.json"
MITRE_ICS_ATTACK_FILE_URL = "https://raw.githubusercontent.com/mitre/cti/master/ics-attack/ics-attack.json"
MITRE_CAPEC_FILE_URL = "https://raw.githubusercontent.com/mitre/cti/master/capec/2.1/stix-capec.json"


class Mitre:
    def __init__(self):
        config_file_path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(config_file_path), Loader=yaml.FullLoader) if os.path.isfile(config_file_path) else {}
        # Registers the connector through the platform GraphQL API and gets RabbitMQ settings back
        self.helper = OpenCTIConnectorHelper(config)
        self.mitre_interval = get_config_variable("MITRE_INTERVAL", ["mitre", "interval"], config, True, 7)
        self.mitre_urls = [
            get_config_variable("MITRE_ENTERPRISE_FILE_URL", ["mitre", "enterprise_file_url"], config, default=MITRE_ENTERPRISE_FILE_URL),
            get_config_variable("MITRE_MOBILE_ATTACK_FILE_URL", ["mitre", "mobile_attack_file_url"], config, default=MITRE_MOBILE_ATTACK_FILE_URL),
            get_config_variable("MITRE_ICS_ATTACK_FILE_URL", ["mitre", "ics_attack_file_url"], config, default=MITRE_ICS_ATTACK_FILE_URL),
            get_config_variable("MITRE_CAPEC_FILE_URL", ["mitre", "capec_file_url"], config, default=MITRE_CAPEC_FILE_URL),
        ]
        self.remove_statement_marking = get_config_variable("MITRE_REMOVE_STATEMENT_MARKING", ["mitre", "remove_statement_marking"], config, default=False)

    def get_interval(self):
        return int(self.mitre_interval) * 60 * 60 * 24

    def retrieve_data(self, url: str):
        try:
            serialized_bundle = urllib.request.urlopen(url, context=ssl.create_default_context()).read().decode("utf-8")
            return serialized_bundle
        except Exception as e:  # pylint: disable=broad-except
            self.helper.log_error(f"Error retrieving url {url}: {e}")
            return None

    def process_data(self):
        now = datetime.utcfromtimestamp(time.time())
        friendly_name = "MITRE run @ " + now.strftime("%Y-%m-%d %H:%M:%S")
        work_id = self.helper.api.work.initiate_work(self.helper.connect_id, friendly_name)
        for url in self.mitre_urls:
            data = self.retrieve_data(url)
            if data is None:
                continue
            bundle = json.loads(data)
            if self.remove_statement_marking:
                bundle["objects"] = [o for o in bundle["objects"] if o.get("type") != "marking-definition"]
            self.helper.send_stix2_bundle(json.dumps(bundle), entities_types=self.helper.connect_scope, update=True, work_id=work_id)
        self.helper.api.work.to_processed(work_id, "MITRE datasets imported")
        self.helper.set_state({"last_run": int(time.time())})

    def run(self):
        self.helper.schedule_period(message_callback=self.process_data, duration_period=self.get_interval())


if __name__ == "__main__":
    try:
        Mitre().run()
    except Exception as e:  # pylint: disable=broad-except
        print(e)
        time.sleep(10)
        sys.exit(0)
