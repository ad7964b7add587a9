# frozen_string_literal: true

require "auth/authenticator"
require "omniauth-github"
require "faraday"

module Auth
  class GithubAuthenticator < Authenticator
    GITHUB_API = "https://api.github.com"

    def name
      "github"
    end

    def enabled?
      SiteSetting.enable_github_logins
    end

    def register_middleware(omniauth)
      omniauth.provider :github,
                        setup: lambda { |env|
                          strategy = env["omniauth.strategy"]
                          strategy.options[:client_id] = SiteSetting.github_client_id
                          strategy.options[:client_secret] = SiteSetting.github_client_secret
                        },
                        scope: "user:email"
    end

    def after_authenticate(auth_token)
      result = Result.new
      data = auth_token.info
      result.username = data["nickname"]
      result.name = data["name"]
      result.email = primary_verified_email(auth_token.credentials.token) || data["email"]
      result.email_valid = result.email.present?
      result.user = UserAssociatedAccount.find_by(provider_name: "github", provider_uid: auth_token.uid)&.user
      result
    end

    private

    # The OAuth info hash does not always include a verified email; ask the API.
    def primary_verified_email(token)
      conn = Faraday.new(url: GITHUB_API, headers: { "Accept" => "application/vnd.github+json", "Authorization" => "Bearer #{token}" }) do |f|
        f.options.timeout = 10
      end
      resp = conn.get("/user/emails")
      return nil unless resp.status == 200
      emails = JSON.parse(resp.body)
      emails.find { |e| e["primary"] && e["verified"] }&.fetch("email")
    rescue Faraday::Error
      nil
    end
  end
end
