from flask import request
from funcy import project

from redash import models
from redash.handlers.base import BaseResource, get_object_or_404, paginate
from redash.permissions import require_permission
from redash.utils import slugify


def serialize_dashboard(d):
    return {"id": d.id, "name": d.name, "slug": d.slug, "layout": d.layout, "is_draft": d.is_draft}


class DashboardListResource(BaseResource):
    @require_permission("list_dashboards")
    def get(self):
        page = request.args.get("page", 1, type=int)
        page_size = request.args.get("page_size", 25, type=int)
        results = models.Dashboard.query.filter(
            models.Dashboard.org == self.current_org, models.Dashboard.is_archived.is_(False)
        )
        return paginate(results, page, page_size, serialize_dashboard)

    @require_permission("create_dashboard")
    def post(self):
        dashboard_properties = request.get_json(force=True)
        dashboard = models.Dashboard(
            name=dashboard_properties["name"],
            org=self.current_org,
            user=self.current_user,
            is_draft=True,
            layout="[]",
        )
        dashboard.slug = slugify(dashboard.name)
        models.db.session.add(dashboard)
        models.db.session.commit()
        return serialize_dashboard(dashboard)


class DashboardResource(BaseResource):
    @require_permission("list_dashboards")
    def get(self, dashboard_id):
        dashboard = get_object_or_404(models.Dashboard.get_by_id_and_org, dashboard_id, self.current_org)
        return serialize_dashboard(dashboard)

    @require_permission("edit_dashboard")
    def post(self, dashboard_id):
        dashboard = models.Dashboard.get_by_id_and_org(dashboard_id, self.current_org)
        updates = project(request.get_json(force=True), ("name", "layout", "is_draft"))
        for k, v in updates.items():
            setattr(dashboard, k, v)
        models.db.session.commit()
        return serialize_dashboard(dashboard)

    def delete(self, dashboard_id):
        dashboard = models.Dashboard.get_by_id_and_org(dashboard_id, self.current_org)
        dashboard.is_archived = True
        models.db.session.commit()
