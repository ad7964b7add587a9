# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'redis'

module Zammad
  module Service
    class Redis < ::Redis
      def initialize(config = {})
        super(self.class.config.merge(config))
      end

      def self.config
        {
          driver: :hiredis,
          url:    ENV['REDIS_URL'].presence || 'redis://localhost:6379',
        }
      end
    end
  end
end
