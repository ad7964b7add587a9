# frozen_string_literal: true

require "auth/authenticator"
require "omniauth-google-oauth2"

module Auth
  class GoogleOAuth2Authenticator < Authenticator
    def name
      "google_oauth2"
    end

    def enabled?
      SiteSetting.enable_google_oauth2_logins
    end

    def register_middleware(omniauth)
      options = {
        setup: lambda { |env|
          strategy = env["omniauth.strategy"]
          strategy.options[:client_id] = SiteSetting.google_oauth2_client_id
          strategy.options[:client_secret] = SiteSetting.google_oauth2_client_secret
          if (google_oauth2_prompt = SiteSetting.google_oauth2_prompt).present?
            strategy.options[:prompt] = google_oauth2_prompt.gsub("|", " ")
          end
        },
        skip_jwt: true,
      }
      omniauth.provider :google_oauth2, options
    end

    def after_authenticate(auth_token)
      result = Result.new
      result.email = auth_token.info["email"]
      result.email_valid = auth_token.extra.raw_info["email_verified"]
      result.name = auth_token.info["name"]
      result.user = UserAssociatedAccount.find_by(provider_name: "google_oauth2", provider_uid: auth_token.uid)&.user
      result
    end
  end
end
