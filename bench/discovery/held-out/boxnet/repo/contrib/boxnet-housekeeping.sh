#!/bin/sh
# This shell script invokes boxnet's housekeeping management command, which
# intended to be run nightly. This script can be copied into your system's
# daily cron directory (e.g. /etc/cron.daily), or referenced directly from
# within the daily cron task.
cd /opt/boxnet
/opt/boxnet/venv/bin/python boxnet/manage.py housekeeping
