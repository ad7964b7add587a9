import os
import time

import requests
import yaml
from pycti import OpenCTIConnectorHelper, get_config_variable


class AlienVault:
    def __init__(self):
        config_file_path = os.path.dirname(os.path.abspath(__file__)) + "/config.yml"
        config = yaml.load(open(config_file_path), Loader=yaml.FullLoader) if os.path.isfile(config_file_path) else {}
        self.helper = OpenCTIConnectorHelper(config)
        self.base_url = get_config_variable("ALIENVAULT_BASE_URL", ["alienvault", "base_url"], config, default="https://otx.alienvault.com")
        self.api_key = get_config_variable("ALIENVAULT_API_KEY", ["alienvault", "api_key"], config)
        self.interval = get_config_variable("ALIENVAULT_INTERVAL_SEC", ["alienvault", "interval_sec"], config, True, 1800)

    def fetch_pulses(self, since):
        response = requests.get(
            f"{self.base_url}/api/v1/pulses/subscribed",
            headers={"X-OTX-API-KEY": self.api_key},
            params={"modified_since": since, "limit": 50},
            timeout=60,
        )
        response.raise_for_status()
        return response.json()["results"]

    def run(self):
        while True:
            state = self.helper.get_state() or {}
            pulses = self.fetch_pulses(state.get("last_run", "2020-01-01T00:00:00"))
            self.helper.log_info(f"Fetched {len(pulses)} pulses")
            self.helper.set_state({"last_run": time.strftime("%Y-%m-%dT%H:%M:%S")})
            time.sleep(self.interval)


if __name__ == "__main__":
    AlienVault().run()
