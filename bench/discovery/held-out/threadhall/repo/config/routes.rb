# frozen_string_literal: true

Threadhall::Application.routes.draw do
  root to: "list#latest"

  get "latest" => "list#latest"
  resources :topics, only: %i[show update destroy], path: "t"
  resources :posts, only: %i[create show destroy]
  post "uploads" => "uploads#create"
  get "secure-uploads/:sha1" => "uploads#show_secure"

  match "/auth/:provider/callback", to: "users/omniauth_callbacks#complete", via: %i[get post]
  get "/auth/failure", to: "users/omniauth_callbacks#failure"

  namespace :admin do
    get "/" => "admin#index"
    get "email" => "email#index"
    post "email/test" => "email#test"
    post "email/handle_mail" => "email#handle_mail"
    get "email/rejected" => "email#rejected"
    resources :web_hooks
  end
end
