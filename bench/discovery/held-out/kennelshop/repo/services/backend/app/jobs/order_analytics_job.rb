class OrderAnalyticsJob < ApplicationJob
  queue_as :kennelshop_analytics

  def perform(order_id)
    order = Spree::Order.find(order_id)
    Rails.logger.info(
      message: 'order completed',
      order_number: order.number,
      item_total: order.item_total.to_f,
      promo_total: order.promo_total.to_f,
      line_items: order.line_items.count
    )
    # Intentionally slow to show up in traces
    sleep(rand * 0.5)
  end
end
