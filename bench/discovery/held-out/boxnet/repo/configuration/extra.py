####
## This file contains extra configuration options that can't be configured
## directly through environment variables.
####

from os import environ

## Specify one or more name and email address tuples representing boxnet administrators. These people will be notified of
## application errors (assuming correct email settings are provided).
# ADMINS = [
#     # ['John Doe', 'jdoe@example.com'],
# ]


## URL schemes that are allowed within links in boxnet
# ALLOWED_URL_SCHEMES = (
#     'file', 'ftp', 'ftps', 'http', 'https', 'irc', 'mailto', 'sftp', 'ssh', 'tel', 'telnet', 'tftp', 'vnc', 'xmpp',
# )

## Enable installed plugins. Add the name of each plugin to the list.
# from boxnet.configuration.configuration import PLUGINS
# PLUGINS.append('my_plugin')

## Remote storage backend for uploaded media (image attachments).
## This deployment stores media files in an S3 bucket through django-storages.
if environ.get('STORAGE_BACKEND_ENABLED', 'true').lower() == 'true':
    STORAGE_BACKEND = 'storages.backends.s3boto3.S3Boto3Storage'
    STORAGE_CONFIG = {
        'AWS_ACCESS_KEY_ID': environ.get('AWS_ACCESS_KEY_ID', ''),
        'AWS_SECRET_ACCESS_KEY': environ.get('AWS_SECRET_ACCESS_KEY', ''),
        'AWS_STORAGE_BUCKET_NAME': environ.get('AWS_STORAGE_BUCKET_NAME', 'boxnet-media'),
        'AWS_S3_REGION_NAME': environ.get('AWS_S3_REGION_NAME', 'eu-central-1'),
        'AWS_DEFAULT_ACL': None,
        'AWS_QUERYSTRING_AUTH': True,
    }

## Google Cloud storage (not used)
# STORAGE_BACKEND = 'storages.backends.gcloud.GoogleCloudStorage'
# STORAGE_CONFIG = {
#     'GS_BUCKET_NAME': 'boxnet-media',
# }


## This file can contain arbitrary Python code, e.g.:
# from datetime import datetime
# now = datetime.now().strftime("%d/%m/%Y %H:%M:%S")
# BANNER_TOP = f'<marquee width="200px">This instance started on {now}.</marquee>'
