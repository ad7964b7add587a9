Spree.config do |config|
  config.currency = 'USD'
  config.products_per_page = 12
  config.track_inventory_levels = true
end

Spree.user_class = 'Spree::User'
Spree::Api::Config[:requires_authentication] = false
