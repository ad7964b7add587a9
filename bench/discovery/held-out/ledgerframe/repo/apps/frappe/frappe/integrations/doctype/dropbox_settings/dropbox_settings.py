# Dropbox backups. Disabled by default: `enabled` is 0 on a fresh site and
# take_backups_* return immediately unless a user configures an app key.
import frappe
from frappe.database import get_db


def is_enabled():
    row = get_db().sql("select value from `tabSingles` where doctype='Dropbox Settings' and field='enabled'")
    return bool(row and int(row[0][0]))


def take_backups_daily():
    if is_enabled():
        take_backup_to_dropbox()


def take_backups_weekly():
    if is_enabled():
        take_backup_to_dropbox()


def take_backup_to_dropbox():
    import dropbox

    dbx = dropbox.Dropbox(oauth2_access_token=frappe.conf.get("dropbox_access_token"))
    dbx.files_upload(b"", "/backups/placeholder")
