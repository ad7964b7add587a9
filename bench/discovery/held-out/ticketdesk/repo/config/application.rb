# frozen_string_literal: true

require_relative 'boot'

require 'rails/all'

Bundler.require(*Rails.groups)

module Zammad
  class Application < Rails::Application
    config.load_defaults 7.1

    config.autoload_paths += %W[#{config.root}/lib]
    config.eager_load_paths += %W[#{config.root}/lib]

    config.active_job.queue_adapter = :delayed_job

    config.active_record.observers = %i[
      ticket::observer::article_changes
      transaction
    ]

    config.i18n.default_locale = 'en-us'

    config.api_path = '/api/v1'

    # define cache store
    if ENV['MEMCACHE_SERVERS'].present?
      require 'dalli'
      config.cache_store = :mem_cache_store, ENV['MEMCACHE_SERVERS'].split(','), { expires_in: 7.days }
    else
      config.cache_store = :zammad_file_store, Rails.root.join('tmp', "cache_file_store_#{Rails.env}"), { expires_in: 7.days }
    end

    config.session_store :active_record_store,
                         key:          '_zammad_session_' + Digest::MD5.hexdigest(Rails.root.to_s).to_s[5..15],
                         same_site:    :lax,
                         expire_after: 4.weeks
  end
end
