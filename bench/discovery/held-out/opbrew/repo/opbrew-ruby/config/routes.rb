Rails.application.routes.draw do
  namespace :api do
    resources :products, only: %i[index show]
    resources :customers, only: %i[index]
    get 'stats', to: 'stats#show'
  end
end
