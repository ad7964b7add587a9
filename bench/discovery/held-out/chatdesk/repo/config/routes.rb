Rails.application.routes.draw do
  # AUTH STARTS
  mount_devise_token_auth_for 'User', at: 'auth', controllers: {
    confirmations: 'devise_overrides/confirmations',
    passwords: 'devise_overrides/passwords',
    sessions: 'devise_overrides/sessions',
    token_validations: 'devise_overrides/token_validations'
  }, via: [:get, :post]

  ## renders the frontend paths only if its not an api only server
  if ActiveModel::Type::Boolean.new.cast(ENV.fetch('CW_API_ONLY_SERVER', false))
    root to: 'api#index'
  else
    root to: 'dashboard#index'

    get '/app', to: 'dashboard#index'
    get '/app/*params', to: 'dashboard#index'
  end

  get '/widget', to: 'widgets#index'

  namespace :api, defaults: { format: 'json' } do
    namespace :v1 do
      resources :accounts, only: [:create, :show, :update] do
        scope module: :accounts do
          resources :inboxes, only: [:index, :show, :create, :update, :destroy]
          resources :conversations, only: [:index, :create, :show] do
            member do
              post :toggle_status
              post :update_last_seen
            end
          end
          namespace :integrations do
            resource :slack, only: [:create, :update, :destroy], controller: 'slack'
          end
        end
      end

      namespace :widget do
        resources :messages, only: [:index, :create, :update]
        resource :contact, only: [:show, :update]
        resources :conversations, only: [:index, :create]
      end
    end
  end

  # ----------------------------------------------------------------------
  # Routes for channel integrations (only useful once the channel is configured)
  mount Facebook::Messenger::Server, at: 'bot'
  get 'webhooks/twitter', to: 'api/v1/webhooks#twitter_crc'
  post 'webhooks/twitter', to: 'api/v1/webhooks#twitter_events'
  post 'webhooks/line/:line_channel_id', to: 'webhooks/line#process_payload'
  post 'webhooks/telegram/:bot_token', to: 'webhooks/telegram#process_payload'
  post 'webhooks/whatsapp/:phone_number', to: 'webhooks/whatsapp#process_payload'
  get 'instagram_callbacks/event', to: 'api/v1/instagram_callbacks#verify'
  post 'instagram_callbacks/event', to: 'api/v1/instagram_callbacks#events'

  namespace :twilio do
    resources :callback, only: [:create]
    resources :delivery_status, only: [:create]
  end

  # ----------------------------------------------------------------------
  # Routes for super admin
  require 'sidekiq/web'
  require 'sidekiq/cron/web'

  devise_scope :super_admin do
    authenticated :super_admin do
      mount Sidekiq::Web => '/monitoring/sidekiq'
    end
  end

  # ActionCable is served by the same puma process
  mount ActionCable.server => '/cable'
end
