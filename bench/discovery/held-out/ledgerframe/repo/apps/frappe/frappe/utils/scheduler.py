"""bench schedule: ticks every 60s and enqueues due Scheduled Job Types."""
import time

import frappe
from frappe.database import get_db
from frappe.utils.background_jobs import enqueue

TICK = 60


def start_scheduler():
    while True:
        time.sleep(TICK)
        enqueue_events_for_all_sites()


def enqueue_events_for_all_sites():
    frappe.init(site=frappe.conf.get("default_site", "frontend"))
    enqueue_events()


def enqueue_events():
    db = get_db()
    jobs = db.sql("select method, frequency from `tabScheduled Job Type` where stopped = 0")
    for method, frequency in jobs:
        queue = "long" if frequency.endswith("Long") else "default"
        enqueue(method, queue=queue)
