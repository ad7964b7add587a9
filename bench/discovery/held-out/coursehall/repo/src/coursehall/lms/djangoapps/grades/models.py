from django.db import models


class PersistentSubsectionGrade(models.Model):
    user_id = models.IntegerField(db_index=True)
    course_id = models.CharField(max_length=255)
    usage_key = models.CharField(max_length=255)
    earned_all = models.FloatField()
    possible_all = models.FloatField()
    modified = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "grades"
        unique_together = [("course_id", "user_id", "usage_key")]
