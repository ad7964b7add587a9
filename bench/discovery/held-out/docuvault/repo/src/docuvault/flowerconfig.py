# Celery Flower (monitoring UI) settings, only used when DOCUVAULT_ENABLE_FLOWER is set.
import os

url_prefix = os.getenv("DOCUVAULT_FLOWER_URL_PREFIX", "/flower")
port = int(os.getenv("DOCUVAULT_FLOWER_PORT", "5555"))
persistent = False
max_tasks = 1000
