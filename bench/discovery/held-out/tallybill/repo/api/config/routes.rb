# frozen_string_literal: true

Rails.application.routes.draw do
  mount Sidekiq::Web, at: "/sidekiq" if defined?(Sidekiq::Web) && ENV["TALLYBILL_SIDEKIQ_WEB"] == "true"

  post "/graphql", to: "graphql#execute"

  namespace :api do
    namespace :v1 do
      resources :customers, param: :external_id, only: %i[create index show destroy]
      resources :subscriptions, only: %i[create update index destroy], param: :external_id
      resources :events, only: %i[create show] do
        post :batch, on: :collection
        post :estimate_fees, on: :collection
      end
      resources :invoices, only: %i[create update show index] do
        post :download, on: :member
        post :retry_payment, on: :member
      end
      resources :webhook_endpoints, only: %i[create index show destroy update]
    end
  end

  namespace :webhooks do
    post "stripe/:organization_id", to: "stripe#create", as: :stripe
    post "gocardless/:organization_id", to: "gocardless#create", as: :gocardless
  end

  get "/health", to: "application#health"
end
