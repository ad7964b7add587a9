import jsonschema
from jsonschema import ValidationError

from redash.utils import json_dumps, json_loads

SECRET_PLACEHOLDER = "--------"


class ConfigurationContainer(object):
    def __init__(self, config, schema=None):
        self._config = config
        self.set_schema(schema)

    def set_schema(self, schema):
        self._schema = schema

    def is_valid(self):
        try:
            self.validate()
        except (ValidationError, ValueError):
            return False
        return True

    def validate(self):
        jsonschema.validate(self._config, self._schema)

    def to_json(self):
        return json_dumps(self._config, sort_keys=True)

    def get(self, *args, **kwargs):
        return self._config.get(*args, **kwargs)

    def __getitem__(self, item):
        return self._config[item]

    def __contains__(self, item):
        return item in self._config

    @classmethod
    def from_json(cls, config_in_json):
        return cls(json_loads(config_in_json))
