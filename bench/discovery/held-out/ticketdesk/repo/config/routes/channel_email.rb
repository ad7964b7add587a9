# frozen_string_literal: true

Zammad::Application.routes.draw do
  api_path = Rails.configuration.api_path

  match api_path + '/channels_email',                 to: 'channels_email#index',    via: :get
  match api_path + '/channels_email_probe',           to: 'channels_email#probe',    via: :post
  match api_path + '/channels_email_outbound',        to: 'channels_email#outbound', via: :post
  match api_path + '/channels_email_inbound',         to: 'channels_email#inbound',  via: :post
  match api_path + '/channels_email_verify',          to: 'channels_email#verify',   via: :post
end
