from django.core import mail

from lms.djangoapps.bulk_email.models import CourseEmail
from lms.djangoapps.bulk_email.tasks import send_course_email


def test_send_course_email_uses_locmem(db):
    email = CourseEmail.objects.create(subject="Hi", text_message="t", html_message="<p>t</p>", course_id="c")
    send_course_email.apply(args=(email.id, [{"email": "a@example.com"}]))
    assert len(mail.outbox) == 1
