from django.db import models


class CourseEmail(models.Model):
    sender = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL)
    subject = models.CharField(max_length=128)
    html_message = models.TextField(null=True, blank=True)
    text_message = models.TextField(null=True, blank=True)
    course_id = models.CharField(max_length=255, db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "bulk_email"
