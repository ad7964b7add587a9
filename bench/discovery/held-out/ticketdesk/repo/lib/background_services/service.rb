# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class BackgroundServices
  class Service
    def self.service_name
      name.demodulize
    end

    def self.pre_run; end

    def run
      raise NotImplementedError
    end
  end
end
