#!/bin/sh
cd /opt/opencti-connector
python3 export-file-stix.py
