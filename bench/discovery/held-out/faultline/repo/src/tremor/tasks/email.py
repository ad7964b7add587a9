from tremor.celery import instrumented_task
from tremor.utils.email import MessageBuilder


@instrumented_task(name="tremor.tasks.email.send_email", queue="email")
def send_email(subject: str, body: str, to: list[str], html_body: str | None = None, **kwargs) -> None:
    MessageBuilder(subject=subject, body=body, html_body=html_body).send(to=to)
