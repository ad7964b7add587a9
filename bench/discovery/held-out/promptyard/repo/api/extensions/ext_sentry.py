from configs import yard_config
from yard_app import YardApp


def init_app(app: YardApp):
    if yard_config.SENTRY_DSN:
        import openai
        import sentry_sdk
        from langfuse import parse_error  # type: ignore
        from sentry_sdk.integrations.celery import CeleryIntegration
        from sentry_sdk.integrations.flask import FlaskIntegration
        from werkzeug.exceptions import HTTPException

        def before_send(event, hint):
            if "exc_info" in hint:
                exc_type, exc_value, tb = hint["exc_info"]
                if parse_error.defaultErrorResponse in str(exc_value):
                    return None

            return event

        sentry_sdk.init(
            dsn=yard_config.SENTRY_DSN,
            integrations=[FlaskIntegration(), CeleryIntegration()],
            ignore_errors=[
                HTTPException,
                ValueError,
                FileNotFoundError,
                openai.APIStatusError,
                parse_error.LangfuseError,
            ],
            traces_sample_rate=yard_config.SENTRY_TRACES_SAMPLE_RATE,
            profiles_sample_rate=yard_config.SENTRY_PROFILES_SAMPLE_RATE,
            environment=yard_config.DEPLOY_ENV,
            release=f"promptyard-{yard_config.EDITION}",
            before_send=before_send,
        )
