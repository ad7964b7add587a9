# frozen_string_literal: true

class InitialStateSerializer < ActiveModel::Serializer
  include RoutingHelper

  attributes :meta

  def meta
    {
      access_token: object.token,
      domain: Addressable::IDNA.to_unicode(instance_presenter.domain),
      locale: I18n.locale,
      me: object.current_account&.id&.to_s,
      streaming_api_base_url: Rails.configuration.x.streaming_api_base_url,
      search_enabled: Chewy.enabled?,
      translation_enabled: TranslationService.configured?,
      sso_redirect: sso_redirect,
    }
  end

  private

  def instance_presenter
    @instance_presenter ||= InstancePresenter.new
  end

  def sso_redirect
    "/auth/auth/#{Devise.omniauth_providers[0]}" if ENV['ONE_CLICK_SSO_LOGIN'] == 'true' && ENV['OMNIAUTH_ONLY'] == 'true' && Devise.omniauth_providers.length == 1
  end
end
