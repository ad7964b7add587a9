# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class TransactionJob < ApplicationJob

  #   TransactionJob.perform_later(
  #     object: 'Ticket',
  #     type: 'reminder_reached',
  #     object_id: ticket.id,
  #     article_id: nil,
  #     user_id: 1,
  #   )

  def perform(item, params = {})
    Setting.where(area: 'Transaction::Backend::Async').reorder(:name).each do |setting|
      backend = Setting.get(setting.name)
      next if params[:disable]&.include?(backend)

      TransactionDispatcher.execute_single_backend(backend.constantize, item, params)
    end
  end
end
