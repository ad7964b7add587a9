import sys

import requests

url = "http://localhost:8000/health/liveness"

try:
    response = requests.get(url, timeout=1)
    sys.exit(0 if response.status_code == 200 else 1)
except requests.RequestException:
    sys.exit(1)
