# frozen_string_literal: true

Devise.setup do |config|
  config.warden do |manager|
    manager.default_strategies(scope: :user).unshift :two_factor_ldap_authenticatable if Devise.ldap_authentication
    manager.default_strategies(scope: :user).unshift :two_factor_pam_authenticatable  if Devise.pam_authentication
    manager.default_strategies(scope: :user).unshift :two_factor_authenticatable
  end

  config.mailer = 'UserMailer'
  config.parent_mailer = 'ApplicationMailer'
  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]
  config.stretches = Rails.env.test? ? 1 : 10
  config.reconfirmable = true
  config.expire_all_remember_me_on_sign_out = true
  config.password_length = 8..72
  config.reset_password_within = 6.hours
  config.sign_in_after_reset_password = false

  if ENV['LDAP_ENABLED'] == 'true'
    config.ldap_authentication = true
    config.ldap_config = lambda {
      {
        host: ENV.fetch('LDAP_HOST'),
        port: ENV.fetch('LDAP_PORT', 389).to_i,
        base: ENV.fetch('LDAP_BASE'),
        bind_dn: ENV.fetch('LDAP_BIND_DN'),
        password: ENV.fetch('LDAP_PASSWORD'),
        uid: ENV.fetch('LDAP_UID', 'cn'),
      }
    }
  end
end
