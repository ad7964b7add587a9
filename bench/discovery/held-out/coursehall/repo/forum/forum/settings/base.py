import os

SECRET_KEY = os.environ.get("FORUM_SECRET_KEY", "insecure-dev-key")
DEBUG = False
ROOT_URLCONF = "forum.urls"
INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "forum"]
DATABASES = {}

FORUM_API_KEY = os.environ.get("FORUM_API_KEY", "forumapikey")

# Document store
FORUM_MONGODB_URI = os.environ.get("MONGODB_URI", "mongodb://localhost:27017/cs_comments_service")

# Search backend: "meilisearch" (default at CourseHall) or "elasticsearch" (upstream)
FORUM_SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "meilisearch")
FORUM_MEILISEARCH_URL = os.environ.get("MEILISEARCH_URL", "http://localhost:7700")
FORUM_MEILISEARCH_API_KEY = os.environ.get("MEILISEARCH_API_KEY", "")
FORUM_ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "http://localhost:9200")
