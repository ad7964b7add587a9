#!/bin/sh
cd /opt/opencti-connector
python3 alienvault.py
