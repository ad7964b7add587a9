module Spree
  module OrderDecorator
    def self.prepended(base)
      base.state_machine.after_transition to: :complete, do: :enqueue_analytics
    end

    def enqueue_analytics
      OrderAnalyticsJob.perform_later(id)
    end
  end
end

::Spree::Order.prepend(Spree::OrderDecorator)
