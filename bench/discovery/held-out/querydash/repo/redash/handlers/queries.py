from flask import request
from flask_login import login_required
from flask_restful import abort
from sqlalchemy.orm.exc import StaleDataError

from redash import models
from redash.handlers.base import BaseResource, get_object_or_404, paginate, require_fields
from redash.handlers.query_results import run_query
from redash.permissions import require_access, require_permission, view_only
from redash.utils import collect_parameters_from_request, gen_query_hash


def serialize_query(query):
    return {
        "id": query.id,
        "name": query.name,
        "query": query.query_text,
        "query_hash": query.query_hash,
        "schedule": query.schedule,
        "data_source_id": query.data_source_id,
        "latest_query_data_id": query.latest_query_data_id,
        "is_archived": query.is_archived,
        "is_draft": query.is_draft,
        "options": query.options,
    }


class QueryListResource(BaseResource):
    @require_permission("create_query")
    def post(self):
        query_def = request.get_json(force=True)
        data_source = models.DataSource.get_by_id_and_org(
            query_def.pop("data_source_id"), self.current_org
        )
        for field in ["id", "created_at", "api_key", "visualizations", "latest_query_data"]:
            query_def.pop(field, None)

        query_def["query_text"] = query_def.pop("query")
        query_def["query_hash"] = gen_query_hash(query_def["query_text"])
        query_def["user"] = self.current_user
        query_def["data_source"] = data_source
        query_def["org"] = self.current_org
        query_def["is_draft"] = True
        query = models.Query(**query_def)
        models.db.session.add(query)
        models.db.session.commit()

        self.record_event({"action": "create", "object_id": query.id, "object_type": "query"})
        return serialize_query(query)

    @require_permission("view_query")
    def get(self):
        page = request.args.get("page", 1, type=int)
        page_size = request.args.get("page_size", 25, type=int)
        results = models.Query.query.filter(
            models.Query.org == self.current_org, models.Query.is_archived.is_(False)
        ).order_by(models.Query.created_at.desc())
        return paginate(results, page, page_size, serialize_query)


class QueryResource(BaseResource):
    @require_permission("edit_query")
    def post(self, query_id):
        query = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)
        query_def = request.get_json(force=True)
        if "query" in query_def:
            query_def["query_text"] = query_def.pop("query")
            query_def["query_hash"] = gen_query_hash(query_def["query_text"])
        for k, v in query_def.items():
            setattr(query, k, v)
        try:
            models.db.session.commit()
        except StaleDataError:
            abort(409)
        return serialize_query(query)

    @require_permission("view_query")
    def get(self, query_id):
        q = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)
        require_access(q, self.current_user, view_only)
        self.record_event({"action": "view", "object_id": query_id, "object_type": "query"})
        return serialize_query(q)

    def delete(self, query_id):
        query = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)
        query.is_archived = True
        models.db.session.commit()


class QueryRefreshResource(BaseResource):
    def post(self, query_id):
        query = get_object_or_404(models.Query.get_by_id_and_org, query_id, self.current_org)
        require_access(query, self.current_user, not view_only)
        parameter_values = collect_parameters_from_request(request.args)
        return run_query(query.query_text, query.data_source, parameter_values, query_id=query.id, max_age=0)
