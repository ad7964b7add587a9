import logging
from typing import Any

from flask import request, Response
from flask_appbuilder.api import expose, protect, rison, safe
from flask_appbuilder.models.sqla.interface import SQLAInterface

from vizdash import is_feature_enabled
from vizdash.reports.models import ReportSchedule
from vizdash.utils.slack import get_channels_with_search, SlackClientError
from vizdash.views.base_api import BaseVizdashModelRestApi, statsd_metrics

logger = logging.getLogger(__name__)

get_slack_channels_schema = {
    "type": "object",
    "properties": {
        "search_string": {"type": "string"},
        "types": {"type": "array", "items": {"type": "string"}},
        "exact_match": {"type": "boolean"},
        "force": {"type": "boolean"},
    },
}


class ReportScheduleRestApi(BaseVizdashModelRestApi):
    datamodel = SQLAInterface(ReportSchedule)
    resource_name = "report"
    allow_browser_login = True
    include_route_methods = {"get", "get_list", "post", "put", "delete", "slack_channels"}

    @expose("/slack_channels/", methods=("GET",))
    @protect()
    @rison(get_slack_channels_schema)
    @safe
    @statsd_metrics
    def slack_channels(self, **kwargs: Any) -> Response:
        """Get slack channels.
        ---
        get:
          summary: Get slack channels
          description: Get slack channels
          responses:
            200:
              description: Slack channels
            422:
              $ref: '#/components/responses/422'
        """
        if not is_feature_enabled("ALERT_REPORT_SLACK_V2"):
            return self.response_404()
        try:
            params = kwargs.get("rison", {})
            search_string = params.get("search_string")
            types = params.get("types", [])
            exact_match = params.get("exact_match", False)
            force = params.get("force", False)
            channels = get_channels_with_search(
                search_string=search_string,
                types=types,
                exact_match=exact_match,
                force=force,
            )
            return self.response(200, result=channels)
        except SlackClientError as ex:
            logger.error("Error fetching slack channels %s", str(ex))
            return self.response_422(message=str(ex))
