from django.db import models

from documents.models import Tag


class MailAccount(models.Model):
    class ImapSecurity(models.IntegerChoices):
        NONE = 1
        SSL = 2
        STARTTLS = 3

    class MailAccountType(models.IntegerChoices):
        IMAP = 1
        GMAIL_OAUTH = 2
        OUTLOOK_OAUTH = 3

    name = models.CharField(max_length=256, unique=True)
    # The IMAP host is entered by the user in the UI (or loaded from a fixture);
    # it is never part of the deployment configuration.
    imap_server = models.CharField(max_length=256)
    imap_port = models.IntegerField(blank=True, null=True)
    imap_security = models.PositiveIntegerField(choices=ImapSecurity.choices, default=ImapSecurity.SSL)
    username = models.CharField(max_length=256)
    password = models.CharField(max_length=2048)
    is_token = models.BooleanField(default=False)
    character_set = models.CharField(max_length=256, default="UTF-8")
    account_type = models.PositiveIntegerField(choices=MailAccountType.choices, default=MailAccountType.IMAP)
    refresh_token = models.CharField(max_length=2048, blank=True, null=True)
    expiration = models.DateTimeField(blank=True, null=True)


class MailRule(models.Model):
    name = models.CharField(max_length=256)
    account = models.ForeignKey(MailAccount, related_name="rules", on_delete=models.CASCADE)
    enabled = models.BooleanField(default=True)
    folder = models.CharField(default="INBOX", max_length=256)
    filter_from = models.CharField(max_length=256, null=True, blank=True)
    filter_subject = models.CharField(max_length=256, null=True, blank=True)
    maximum_age = models.PositiveIntegerField(default=30)
    action = models.PositiveIntegerField(default=3)  # 1 delete, 2 move, 3 mark read, 4 flag
    action_parameter = models.CharField(max_length=256, blank=True, null=True)
    assign_tags = models.ManyToManyField(Tag, blank=True)


class ProcessedMail(models.Model):
    rule = models.ForeignKey(MailRule, on_delete=models.CASCADE)
    folder = models.CharField(max_length=256)
    uid = models.CharField(max_length=256)
    subject = models.CharField(max_length=256)
    processed = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=256)
