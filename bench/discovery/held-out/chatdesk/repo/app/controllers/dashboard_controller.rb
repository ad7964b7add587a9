class DashboardController < ActionController::Base
  include SwitchLocale

  GLOBAL_CONFIG_KEYS = %w[
    LOGO_THUMBNAIL LOGO LOGO_DARK INSTALLATION_NAME WIDGET_BRAND_URL TERMS_URL
    PRIVACY_URL DISPLAY_MANIFEST CREATE_NEW_ACCOUNT_FROM_DASHBOARD
  ].freeze

  before_action :set_global_config
  around_action :switch_locale
  before_action :ensure_installation_onboarding, only: [:index]
  before_action :set_application_pack

  layout 'vueapp'

  def index; end

  private

  def set_global_config
    @global_config = GlobalConfig.get(*GLOBAL_CONFIG_KEYS).merge(
      APP_VERSION: Chatwoot.config[:version],
      VAPID_PUBLIC_KEY: VapidService.public_key,
      ENABLE_ACCOUNT_SIGNUP: GlobalConfigService.load('ENABLE_ACCOUNT_SIGNUP', 'false'),
      FB_APP_ID: GlobalConfigService.load('FB_APP_ID', ''),
      FACEBOOK_API_VERSION: 'v17.0',
      IS_ENTERPRISE: ChatwootApp.enterprise?
    )
  end

  def ensure_installation_onboarding
    redirect_to '/installation/onboarding' if ::Redis::Alfred.get(::Redis::Alfred::CHATWOOT_INSTALLATION_ONBOARDING)
  end

  # The Vue dashboard is compiled by vite_rails into public/vite and served by this app
  def set_application_pack
    @application_pack = if request.path.include?('/auth') || request.path.include?('/login')
                           'v3app'
                         else
                           'application'
                         end
  end
end
