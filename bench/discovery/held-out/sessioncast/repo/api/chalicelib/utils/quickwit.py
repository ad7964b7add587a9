import requests
from decouple import config

QUICKWIT_URL = config("QUICKWIT_URL", default="http://localhost:7280")
ENABLED = config("USE_QUICKWIT", cast=bool, default=False)


def search_messages(project_id, query, limit=50):
    if not ENABLED:
        return []
    r = requests.post(f"{QUICKWIT_URL}/api/v1/messages_{project_id}/search",
                      json={"query": query, "max_hits": limit}, timeout=10)
    r.raise_for_status()
    return r.json().get("hits", [])
