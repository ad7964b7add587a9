# frozen_string_literal: true

Zammad::Application.routes.draw do
  api_path = Rails.configuration.api_path

  match api_path + '/tickets/search',     to: 'tickets#search',  via: %i[get post]
  match api_path + '/tickets',            to: 'tickets#index',   via: :get
  match api_path + '/tickets/:id',        to: 'tickets#show',    via: :get
  match api_path + '/tickets',            to: 'tickets#create',  via: :post
  match api_path + '/tickets/:id',        to: 'tickets#update',  via: :put
end
