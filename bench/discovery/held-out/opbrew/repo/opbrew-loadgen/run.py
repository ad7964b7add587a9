"""Spawn one molotov process per opbrew backend listed in OPBEANS_URLS."""
import os
import subprocess
import sys
import time

import requests


def parse(var):
    out = {}
    for item in filter(None, os.environ.get(var, "").split(",")):
        name, _, value = item.partition(":")
        out[name] = value
    return out


def wait_for(url):
    for _ in range(120):
        try:
            requests.get(url + "/api/stats", timeout=2)
            return
        except requests.RequestException:
            time.sleep(1)


def main():
    urls, rpms = parse("OPBEANS_URLS"), parse("OPBEANS_RPMS")
    procs = []
    for name, url in urls.items():
        if os.environ.get("WAIT_FOR_SERVICES"):
            wait_for(url)
        env = dict(os.environ, OPBEANS_BASE_URL=url, OPBEANS_NAME=name)
        rpm = int(rpms.get(name, 100))
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "molotov", "--processes", "1", "--workers", "2",
             "--delay", str(60.0 / rpm), "--duration", "0", "molotov_scenarios.py"], env=env))
    for p in procs:
        p.wait()


if __name__ == "__main__":
    main()
