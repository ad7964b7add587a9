# frozen_string_literal: true

require "auth/github_authenticator"
require "auth/google_oauth2_authenticator"

Rails.application.config.middleware.use OmniAuth::Builder do
  Auth::GithubAuthenticator.new.register_middleware(self)
  Auth::GoogleOAuth2Authenticator.new.register_middleware(self)
end

OmniAuth.config.logger = Rails.logger
OmniAuth.config.allowed_request_methods = %i[post]
