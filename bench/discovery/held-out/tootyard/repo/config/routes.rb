# frozen_string_literal: true

require 'sidekiq_unique_jobs/web'
require 'sidekiq-scheduler/web'

Rails.application.routes.draw do
  root 'home#index'

  get 'health', to: 'health#show'

  authenticate :user, ->(user) { user.role&.can?(:view_devops) } do
    mount Sidekiq::Web, at: 'sidekiq', as: :sidekiq
    mount PgHero::Engine, at: 'pghero', as: :pghero
  end

  use_doorkeeper do
    controllers authorizations: 'oauth/authorizations'
  end

  get '.well-known/webfinger', to: 'well_known/webfinger#show', as: :webfinger
  get '.well-known/nodeinfo', to: 'well_known/node_info#index', as: :nodeinfo

  resources :accounts, path: 'users', only: [:show], param: :username do
    resource :inbox, only: [:create], module: :activitypub
    resource :outbox, only: [:show], module: :activitypub
  end

  resource :inbox, only: [:create], module: :activitypub

  namespace :api, format: false do
    namespace :v1 do
      resources :statuses, only: [:index, :create, :show, :update, :destroy] do
        scope module: :statuses do
          resource :translate, only: :create
        end
      end
      namespace :timelines do
        resource :home, only: :show, controller: :home
        resource :public, only: :show, controller: :public
      end
      resources :notifications, only: [:index, :show]
    end

    namespace :v2 do
      get '/search', to: 'search#index', as: :search
      resources :media, only: [:create]
    end
  end

  get '/web/(*any)', to: 'home#index', as: :web
end
