# frozen_string_literal: true

Rails.application.config.websocket_session_store = ENV['REDIS_URL'].present? ? :redis : :file
