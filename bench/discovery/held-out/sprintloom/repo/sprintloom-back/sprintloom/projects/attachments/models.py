from django.db import models


class Attachment(models.Model):
    project = models.ForeignKey("projects.Project", on_delete=models.CASCADE)
    attached_file = models.FileField(max_length=500, upload_to="attachments")
    name = models.CharField(max_length=500, blank=True)
    size = models.IntegerField(null=True)

    class Meta:
        app_label = "attachments"
