# frozen_string_literal: true

class UserMailer < Devise::Mailer
  layout 'mailer'

  helper :accounts
  helper :application
  helper :formatting
  helper :instance
  helper :routing

  before_action :set_instance

  default to: -> { @resource.email }

  def confirmation_instructions(user, token, *, **)
    @resource = user
    @token    = token

    return unless @resource.active_for_authentication?

    I18n.with_locale(locale) do
      mail subject: default_devise_subject
    end
  end

  def reset_password_instructions(user, token, *, **)
    @resource = user
    @token    = token

    return unless @resource.active_for_authentication?

    I18n.with_locale(locale) do
      mail subject: default_devise_subject
    end
  end

  def welcome(user)
    @resource = user
    @account  = user.account

    return unless @resource.active_for_authentication?

    I18n.with_locale(locale) do
      mail subject: default_i18n_subject
    end
  end

  private

  def set_instance
    @instance = Rails.configuration.x.local_domain
  end

  def locale
    @resource.locale.presence || I18n.locale || I18n.default_locale
  end
end
