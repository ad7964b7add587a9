# frozen_string_literal: true

class ApplicationController < ActionController::Base
  include CurrentUser

  protect_from_forgery with: :exception
  before_action :check_readonly_mode
  before_action :redirect_to_login_if_required

  rescue_from Threadhall::NotFound do
    render json: { errors: ["not found"] }, status: 404
  end

  rescue_from Threadhall::InvalidAccess do
    render json: { errors: ["invalid access"] }, status: 403
  end

  protected

  def ensure_logged_in
    raise Threadhall::NotLoggedIn.new unless current_user.present?
  end

  def ensure_staff
    raise Threadhall::InvalidAccess.new unless current_user&.staff?
  end

  def ensure_admin
    raise Threadhall::InvalidAccess.new unless current_user&.admin?
  end

  def check_readonly_mode
    @readonly_mode = $redis.get("readonly_mode").present?
  end

  def redirect_to_login_if_required
    return if current_user || !SiteSetting.login_required?
    redirect_to "/login"
  end
end
