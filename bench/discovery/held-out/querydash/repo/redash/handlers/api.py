from flask_restful import Api
from werkzeug.wrappers import Response

from redash.handlers.base import org_scoped_rule
from redash.handlers.dashboards import DashboardListResource, DashboardResource
from redash.handlers.data_sources import (
    DataSourceListResource,
    DataSourceResource,
    DataSourceSchemaResource,
    DataSourceTestResource,
)
from redash.handlers.queries import QueryListResource, QueryResource, QueryRefreshResource
from redash.handlers.query_results import JobResource, QueryResultListResource, QueryResultResource
from redash.utils import json_dumps


class ApiExt(Api):
    def add_org_resource(self, resource, *urls, **kwargs):
        urls = [org_scoped_rule(url) for url in urls]
        return self.add_resource(resource, *urls, **kwargs)


api = ApiExt()


@api.representation("application/json")
def json_representation(data, code, headers=None):
    if isinstance(data, Response):
        return data
    resp = api.make_response(json_dumps(data), code)
    resp.headers.extend(headers or {})
    return resp


api.add_org_resource(DataSourceListResource, "/api/data_sources", endpoint="data_sources")
api.add_org_resource(DataSourceSchemaResource, "/api/data_sources/<data_source_id>/schema")
api.add_org_resource(DataSourceResource, "/api/data_sources/<data_source_id>", endpoint="data_source")
api.add_org_resource(DataSourceTestResource, "/api/data_sources/<data_source_id>/test")

api.add_org_resource(DashboardListResource, "/api/dashboards", endpoint="dashboards")
api.add_org_resource(DashboardResource, "/api/dashboards/<dashboard_id>", endpoint="dashboard")

api.add_org_resource(QueryListResource, "/api/queries", endpoint="queries")
api.add_org_resource(QueryRefreshResource, "/api/queries/<query_id>/refresh", endpoint="query_refresh")
api.add_org_resource(QueryResource, "/api/queries/<query_id>", endpoint="query")

api.add_org_resource(QueryResultListResource, "/api/query_results", endpoint="query_results")
api.add_org_resource(
    QueryResultResource,
    "/api/query_results/<query_result_id>.<filetype>",
    "/api/query_results/<query_result_id>",
    "/api/queries/<query_id>/results",
    "/api/queries/<query_id>/results.<filetype>",
    endpoint="query_result",
)
api.add_org_resource(JobResource, "/api/jobs/<job_id>", "/api/queries/<query_id>/jobs/<job_id>", endpoint="job")
