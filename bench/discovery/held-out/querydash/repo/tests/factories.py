from redash import models
from redash.utils import gen_query_hash, utcnow


class Factory(object):
    def __init__(self):
        self._org = None

    @property
    def org(self):
        if self._org is None:
            self._org = models.Organization(name="Default", slug="default", settings={})
            models.db.session.add(self._org)
        return self._org

    def create_data_source(self, **kwargs):
        # Test-only fixture pointing at a fake pg data source.
        args = {
            "name": "Test",
            "type": "pg",
            "options": '{"dbname": "test", "host": "test-db.invalid"}',
            "org": self.org,
        }
        args.update(kwargs)
        ds = models.DataSource(**args)
        models.db.session.add(ds)
        return ds

    def create_query(self, **kwargs):
        query_text = kwargs.pop("query_text", "SELECT 1")
        q = models.Query(
            name="Query",
            query_text=query_text,
            query_hash=gen_query_hash(query_text),
            data_source=kwargs.pop("data_source", None) or self.create_data_source(),
            org=self.org,
            **kwargs
        )
        models.db.session.add(q)
        return q
