from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils.translation import gettext_lazy as _


class ConfigParam:

    def __init__(self, name, label, default, description='', field=None, field_kwargs=None):
        self.name = name
        self.label = label
        self.default = default
        self.field = field or forms.CharField
        self.description = description
        self.field_kwargs = field_kwargs or {}


PARAMS = (

    # Banners
    ConfigParam(name='BANNER_LOGIN', label=_('Login banner'), default=''),
    ConfigParam(name='BANNER_TOP', label=_('Top banner'), default=''),
    ConfigParam(name='BANNER_BOTTOM', label=_('Bottom banner'), default=''),

    # Pagination
    ConfigParam(name='PAGINATE_COUNT', label=_('Default page size'), default=50, field=forms.IntegerField),
    ConfigParam(name='MAX_PAGE_SIZE', label=_('Maximum page size'), default=1000, field=forms.IntegerField),

    # NAPALM
    ConfigParam(name='NAPALM_ARGS', label=_('NAPALM arguments'), default={}, field=forms.JSONField),

    # Miscellaneous
    ConfigParam(name='MAINTENANCE_MODE', label=_('Maintenance mode'), default=False, field=forms.BooleanField),
    ConfigParam(name='GRAPHQL_ENABLED', label=_('GraphQL enabled'), default=True, field=forms.BooleanField),
    ConfigParam(name='CHANGELOG_RETENTION', label=_('Changelog retention'), default=90, field=forms.IntegerField),
    ConfigParam(name='JOB_RETENTION', label=_('Job result retention'), default=90, field=forms.IntegerField),
    ConfigParam(name='MAPS_URL', label=_('Maps URL'), default='https://maps.google.com/?q='),
)
