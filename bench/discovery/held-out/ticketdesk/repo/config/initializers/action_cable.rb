# frozen_string_literal: true

Rails.application.config.action_cable.mount_path = '/cable'
Rails.application.config.action_cable.disable_request_forgery_protection = true
Rails.application.config.action_cable.worker_pool_size = 4
