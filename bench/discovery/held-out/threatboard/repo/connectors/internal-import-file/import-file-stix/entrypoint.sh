#!/bin/sh
cd /opt/opencti-connector
python3 import-file-stix.py
