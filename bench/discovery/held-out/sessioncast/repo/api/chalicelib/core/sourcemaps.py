import logging

import requests
from decouple import config

from chalicelib.utils import s3

logger = logging.getLogger(__name__)

# Only set when the optional sourcemaps-reader service is installed.
SMR_URL = config("sourcemaps_reader", default=None)


def get_traces_group(project_id, payload):
    if SMR_URL is None or len(SMR_URL) == 0:
        return payload, []
    results = []
    for frame in payload:
        file_url = frame.get("absPath")
        key = f"{project_id}/{file_url.split('/')[-1]}.map"
        if not s3.exists(config("sourcemaps_bucket"), key):
            continue
        try:
            r = requests.post(SMR_URL % config("SMR_KEY", default="smr"),
                              json={"key": key, "positions": [frame["lineNo"], frame["colNo"]],
                                    "bucket": config("sourcemaps_bucket")}, timeout=5)
            if r.status_code == 200:
                results.append(r.json())
        except requests.exceptions.Timeout:
            logger.warning("Timeout getting sourcemap")
    return payload, results
