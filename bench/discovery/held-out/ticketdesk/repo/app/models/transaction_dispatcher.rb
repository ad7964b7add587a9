# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class TransactionDispatcher
  def self.execute_single_backend(backend, item, params)
    Rails.logger.debug { "Execute single backend #{backend}" }
    begin
      UserInfo.current_user_id = nil
      integration = backend.new(item, params)
      integration.perform
    rescue => e
      Rails.logger.error "ERROR: #{backend} #{e.inspect}"
      Rails.logger.error e
    end
  end

  def self.perform(options = {})
    EventBuffer.list('transaction').each do |item|
      TransactionJob.perform_later(item, options)
    end
    EventBuffer.reset('transaction')
  end
end
