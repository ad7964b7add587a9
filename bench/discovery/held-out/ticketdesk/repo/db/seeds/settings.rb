# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

Setting.create_if_not_exists(
  title:       __('Elasticsearch Endpoint URL'),
  name:        'es_url',
  area:        'SearchIndex::Elasticsearch',
  description: __('Defines endpoint of Elasticsearch.'),
  state:       '',
  preferences: { online_service_disable: true },
  frontend:    false
)
Setting.create_if_not_exists(
  title:       __('Elasticsearch Endpoint Index'),
  name:        'es_index',
  area:        'SearchIndex::Elasticsearch',
  description: __('Defines Elasticsearch index name.'),
  state:       'zammad',
  frontend:    false
)
Setting.create_if_not_exists(
  title:       __('Slack integration'),
  name:        'slack_integration',
  area:        'Integration::Switch',
  description: __('Defines if Slack (http://www.slack.org) is enabled or not.'),
  options:     {
    form: [{ display: '', null: true, name: 'slack_integration', tag: 'boolean', options: { true => 'yes', false => 'no' } }],
  },
  state:       false,
  preferences: { prio: 1, permission: ['admin.integration'] },
  frontend:    false
)
Setting.create_if_not_exists(
  title:       __('Slack config'),
  name:        'slack_config',
  area:        'Integration::Slack',
  description: __('Defines the slack config.'),
  options:     {},
  state:       { items: [] },
  preferences: { prio: 2, permission: ['admin.integration'] },
  frontend:    false,
)
Setting.create_if_not_exists(
  title:       __('Defines transaction backend.'),
  name:        '0100_slack',
  area:        'Transaction::Backend::Async',
  description: __('Defines the transaction backend which posts messages to Slack (http://www.slack.org).'),
  options:     {},
  state:       'Transaction::Slack',
  frontend:    false
)
Setting.create_if_not_exists(
  title:       __('GitHub integration'),
  name:        'github_integration',
  area:        'Integration::Switch',
  description: __('Defines if the GitHub (http://www.github.com) integration is enabled or not.'),
  state:       false,
  preferences: { prio: 1, permission: ['admin.integration'] },
  frontend:    true
)
Setting.create_if_not_exists(
  title:       __('GitHub config'),
  name:        'github_config',
  area:        'Integration::GitHub',
  description: __('Stores the GitHub configuration.'),
  state:       { endpoint: 'https://api.github.com/graphql' },
  preferences: { prio: 2, permission: ['admin.integration'] },
  frontend:    false,
)
Setting.create_if_not_exists(
  title:       __('GitLab integration'),
  name:        'gitlab_integration',
  area:        'Integration::Switch',
  description: __('Defines if the GitLab (http://www.gitlab.com) integration is enabled or not.'),
  state:       false,
  preferences: { prio: 1, permission: ['admin.integration'] },
  frontend:    true
)
Setting.create_if_not_exists(
  title:       __('GitLab config'),
  name:        'gitlab_config',
  area:        'Integration::GitLab',
  description: __('Stores the GitLab configuration.'),
  state:       { endpoint: 'https://gitlab.com/api/graphql' },
  preferences: { prio: 2, permission: ['admin.integration'] },
  frontend:    false,
)
Setting.create_if_not_exists(
  title:       __('Notification Sender'),
  name:        'notification_sender',
  area:        'Email::Base',
  description: __('Defines the sender of email notifications.'),
  state:       '#{config.product_name} <noreply@#{config.fqdn}>', # rubocop:disable Lint/InterpolationCheck
  frontend:    false
)
