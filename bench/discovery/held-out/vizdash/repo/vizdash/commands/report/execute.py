import logging
from datetime import datetime, timedelta
from typing import Any, Optional, Union
from uuid import UUID

from celery.exceptions import SoftTimeLimitExceeded

from vizdash import app, db, security_manager
from vizdash.commands.base import BaseCommand
from vizdash.commands.report.alert import AlertCommand
from vizdash.commands.report.exceptions import (
    ReportScheduleCsvFailedError,
    ReportScheduleScreenshotFailedError,
    ReportScheduleScreenshotTimeout,
    ReportScheduleUnexpectedError,
)
from vizdash.daos.report import ReportScheduleDAO
from vizdash.reports.models import (
    ReportDataFormat,
    ReportExecutionLog,
    ReportSchedule,
    ReportScheduleType,
    ReportState,
)
from vizdash.reports.notifications import create_notification
from vizdash.reports.notifications.base import NotificationContent
from vizdash.reports.notifications.exceptions import NotificationError
from vizdash.utils.csv import get_chart_csv_data
from vizdash.utils.screenshots import ChartScreenshot, DashboardScreenshot
from vizdash.utils.urls import get_url_path

logger = logging.getLogger(__name__)


class BaseReportState:
    current_states: list[ReportState] = []
    initial: bool = False

    def __init__(
        self,
        report_schedule: ReportSchedule,
        scheduled_dttm: datetime,
        execution_id: UUID,
    ) -> None:
        self._report_schedule = report_schedule
        self._scheduled_dttm = scheduled_dttm
        self._start_dttm = datetime.utcnow()
        self._execution_id = execution_id

    def update_report_schedule_and_log(
        self, state: ReportState, error_message: Optional[str] = None
    ) -> None:
        self._report_schedule.last_state = state
        self._report_schedule.last_eval_dttm = datetime.utcnow()
        log = ReportExecutionLog(
            scheduled_dttm=self._scheduled_dttm,
            start_dttm=self._start_dttm,
            end_dttm=datetime.utcnow(),
            state=state,
            error_message=error_message,
            report_schedule=self._report_schedule,
            uuid=self._execution_id,
        )
        db.session.add(log)
        db.session.commit()  # pylint: disable=consider-using-transaction

    def _get_url(self, user_friendly: bool = False, **kwargs: Any) -> str:
        """
        Get the url for this report schedule: chart or dashboard
        """
        if self._report_schedule.chart:
            return get_url_path(
                "ExploreView.root",
                user_friendly=user_friendly,
                form_data=__import__("json").dumps({"slice_id": self._report_schedule.chart_id}),
                **kwargs,
            )
        return get_url_path(
            "Vizdash.dashboard",
            user_friendly=user_friendly,
            dashboard_id_or_slug=self._report_schedule.dashboard_id,
            **kwargs,
        )

    def _get_screenshots(self) -> list[bytes]:
        """
        Get chart or dashboard screenshots by driving a headless browser
        against WEBDRIVER_BASEURL
        """
        url = self._get_url()
        _, username = __import__("vizdash.utils.executor", fromlist=["x"]).get_executor(
            executor_types=app.config["ALERT_REPORTS_EXECUTORS"],
            model=self._report_schedule,
        )
        user = security_manager.find_user(username)
        if self._report_schedule.chart:
            screenshot: Union[ChartScreenshot, DashboardScreenshot] = ChartScreenshot(
                url,
                self._report_schedule.chart.digest,
                window_size=app.config["WEBDRIVER_WINDOW"]["slice"],
                thumb_size=app.config["WEBDRIVER_WINDOW"]["slice"],
            )
        else:
            screenshot = DashboardScreenshot(
                url,
                self._report_schedule.dashboard.digest,
                window_size=app.config["WEBDRIVER_WINDOW"]["dashboard"],
                thumb_size=app.config["WEBDRIVER_WINDOW"]["dashboard"],
            )
        try:
            image = screenshot.get_screenshot(user=user)
        except SoftTimeLimitExceeded as ex:
            logger.warning("A timeout occurred while taking a screenshot.")
            raise ReportScheduleScreenshotTimeout() from ex
        except Exception as ex:
            raise ReportScheduleScreenshotFailedError(
                f"Failed taking a screenshot {str(ex)}"
            ) from ex
        if not image:
            raise ReportScheduleScreenshotFailedError()
        return [image]

    def _get_notification_content(self) -> NotificationContent:
        csv_data = None
        screenshot_data = []
        url = self._get_url(user_friendly=True)
        if self._report_schedule.report_format == ReportDataFormat.PNG:
            screenshot_data = self._get_screenshots()
        elif self._report_schedule.report_format == ReportDataFormat.CSV:
            csv_data = get_chart_csv_data(self._get_url(result_format="csv"))
            if not csv_data:
                raise ReportScheduleCsvFailedError()

        name = self._report_schedule.name
        if self._report_schedule.chart:
            name = f"{self._report_schedule.name}: {self._report_schedule.chart.slice_name}"
        return NotificationContent(
            name=name,
            url=url,
            screenshots=screenshot_data,
            description=self._report_schedule.description,
            csv=csv_data,
            header_data={"notification_source": str(self._execution_id)},
        )

    def _send(self, notification_content: NotificationContent, recipients: list) -> None:
        notification_errors: list[NotificationError] = []
        for recipient in recipients:
            notification = create_notification(recipient, notification_content)
            try:
                if app.config["ALERT_REPORTS_NOTIFICATION_DRY_RUN"]:
                    logger.info(
                        "Would send notification for alert %s, to %s. "
                        "ALERT_REPORTS_NOTIFICATION_DRY_RUN is enabled, "
                        "set it to False to send notifications.",
                        self._report_schedule.name,
                        recipient.recipient_config_json,
                    )
                else:
                    notification.send()
            except NotificationError as ex:
                notification_errors.append(ex)
        if notification_errors:
            raise ReportScheduleUnexpectedError(
                ", ".join(str(e) for e in notification_errors)
            )

    def send(self) -> None:
        notification_content = self._get_notification_content()
        self._send(notification_content, self._report_schedule.recipients)


class AsyncExecuteReportScheduleCommand(BaseCommand):
    """
    Execute all types of report schedules.
    - On reports takes chart or dashboard screenshots and sends configured notifications
    - On Alerts uses related Command AlertCommand and sends configured notifications
    """

    def __init__(self, task_id: str, model_id: int, scheduled_dttm: datetime):
        self._model_id = model_id
        self._model: Optional[ReportSchedule] = None
        self._scheduled_dttm = scheduled_dttm
        self._execution_id = UUID(task_id)

    def run(self) -> None:
        try:
            self.validate()
            if not self._model:
                raise ReportScheduleUnexpectedError("model not found")
            if self._model.type == ReportScheduleType.ALERT:
                if not AlertCommand(self._model, self._execution_id).run():
                    return
            BaseReportState(self._model, self._scheduled_dttm, self._execution_id).send()
        except Exception as ex:
            raise ReportScheduleUnexpectedError(str(ex)) from ex

    def validate(self) -> None:
        self._model = ReportScheduleDAO.find_by_id(self._model_id)
