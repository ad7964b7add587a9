Rails.application.routes.draw do
  # Spree storefront API v2 lives under /api (service-proxy forwards /api/ here)
  mount Spree::Core::Engine, at: '/'

  get '/health', to: proc { [200, { 'Content-Type' => 'text/plain' }, ['ok']] }
end
