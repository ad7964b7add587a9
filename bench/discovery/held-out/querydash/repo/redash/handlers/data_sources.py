import logging

from flask import make_response, request
from flask_restful import abort
from funcy import project
from sqlalchemy.exc import IntegrityError

from redash import models
from redash.handlers.base import BaseResource, get_object_or_404, require_fields
from redash.permissions import require_access, require_admin, view_only
from redash.query_runner import get_configuration_schema_for_query_runner_type, query_runners
from redash.tasks.general import test_connection, get_schema
from redash.utils import filter_none
from redash.utils.configuration import ConfigurationContainer, ValidationError


class DataSourceTypeListResource(BaseResource):
    @require_admin
    def get(self):
        return [q.to_dict() for q in sorted(query_runners.values(), key=lambda q: q.name())]


class DataSourceResource(BaseResource):
    @require_admin
    def get(self, data_source_id):
        data_source = get_object_or_404(models.DataSource.get_by_id_and_org, data_source_id, self.current_org)
        return {"id": data_source.id, "name": data_source.name, "type": data_source.type}

    @require_admin
    def post(self, data_source_id):
        data_source = models.DataSource.get_by_id_and_org(data_source_id, self.current_org)
        req = request.get_json(True)
        schema = get_configuration_schema_for_query_runner_type(req["type"])
        if schema is None:
            abort(400)
        try:
            data_source.options = ConfigurationContainer(filter_none(req["options"]), schema).to_json()
        except ValidationError:
            abort(400)
        data_source.type = req["type"]
        data_source.name = req["name"]
        models.db.session.add(data_source)
        models.db.session.commit()
        return {"id": data_source.id}


class DataSourceListResource(BaseResource):
    def get(self):
        data_sources = models.DataSource.all(self.current_org)
        return [{"id": ds.id, "name": ds.name, "type": ds.type} for ds in data_sources]

    @require_admin
    def post(self):
        req = request.get_json(True)
        require_fields(req, ("options", "name", "type"))
        schema = get_configuration_schema_for_query_runner_type(req["type"])
        if schema is None:
            abort(400)
        config = ConfigurationContainer(filter_none(req["options"]), schema)
        try:
            datasource = models.DataSource(org=self.current_org, name=req["name"], type=req["type"], options=config.to_json())
            models.db.session.add(datasource)
            models.db.session.commit()
        except IntegrityError as e:
            abort(400, message="Data source with the name {} already exists.".format(req["name"]))
        return {"id": datasource.id}


class DataSourceSchemaResource(BaseResource):
    def get(self, data_source_id):
        data_source = get_object_or_404(models.DataSource.get_by_id_and_org, data_source_id, self.current_org)
        require_access(data_source, self.current_user, view_only)
        refresh = request.args.get("refresh") is not None
        if not refresh:
            cached = data_source.get_cached_schema()
            if cached is not None:
                return {"schema": cached}
        # Enqueued on the "schemas" queue -> scheduled_worker.
        job = get_schema.delay(data_source.id, refresh)
        return {"job": {"id": job.id, "status": 1}}


class DataSourceTestResource(BaseResource):
    @require_admin
    def post(self, data_source_id):
        data_source = get_object_or_404(models.DataSource.get_by_id_and_org, data_source_id, self.current_org)
        job = test_connection.delay(data_source.id)
        return {"job": {"id": job.id, "status": 1}}
