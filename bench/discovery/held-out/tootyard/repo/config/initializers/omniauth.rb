# frozen_string_literal: true

Rails.application.config.middleware.use OmniAuth::Builder do
  # Vanilla omniauth strategies
end

Devise.setup do |config|
  # CAS strategy
  if ENV['CAS_ENABLED'] == 'true'
    cas_options = {}
    cas_options[:display_name] = ENV.fetch('CAS_DISPLAY_NAME', nil)
    cas_options[:url] = ENV['CAS_URL'] if ENV['CAS_URL']
    cas_options[:host] = ENV['CAS_HOST'] if ENV['CAS_HOST']
    config.omniauth :cas, cas_options
  end

  # SAML strategy
  if ENV['SAML_ENABLED'] == 'true'
    saml_options = {}
    saml_options[:idp_sso_target_url] = ENV.fetch('SAML_IDP_SSO_TARGET_URL', nil)
    saml_options[:idp_cert] = ENV['SAML_IDP_CERT'] if ENV['SAML_IDP_CERT']
    config.omniauth :saml, saml_options
  end

  # OpenID Connect Strategy
  if ENV['OIDC_ENABLED'] == 'true'
    oidc_options = {}
    oidc_options[:issuer] = ENV['OIDC_ISSUER'] if ENV['OIDC_ISSUER']
    oidc_options[:discovery] = ENV['OIDC_DISCOVERY'] == 'true'
    oidc_options[:client_options] = { identifier: ENV.fetch('OIDC_CLIENT_ID', nil), secret: ENV.fetch('OIDC_CLIENT_SECRET', nil) }
    config.omniauth :openid_connect, oidc_options
  end
end
