# frozen_string_literal: true

Zammad::Application.routes.draw do
  api_path = Rails.configuration.api_path

  match api_path + '/integration/github',          to: 'integration/github#query',  via: :post
  match api_path + '/integration/github/verify',   to: 'integration/github#verify', via: :post
  match api_path + '/integration/gitlab',          to: 'integration/gitlab#query',  via: :post
  match api_path + '/integration/gitlab/verify',   to: 'integration/gitlab#verify', via: :post
end
