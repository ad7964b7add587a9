app_name = "frappe"
app_title = "Frappe Framework"
app_publisher = "Frappe Technologies"

scheduler_events = {
    "cron": {
        "0/15 * * * *": ["frappe.oauth.delete_oauth2_data"],
    },
    "all": [
        "frappe.email.queue.flush",
        "frappe.email.doctype.email_account.email_account.pull",
    ],
    "hourly": ["frappe.model.utils.link_count.update_link_count"],
    "daily_long": [
        "frappe.integrations.doctype.dropbox_settings.dropbox_settings.take_backups_daily",
    ],
    "weekly_long": [
        "frappe.integrations.doctype.dropbox_settings.dropbox_settings.take_backups_weekly",
    ],
}
