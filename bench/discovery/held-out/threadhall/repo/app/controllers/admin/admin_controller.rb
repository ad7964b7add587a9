# frozen_string_literal: true

class Admin::AdminController < ApplicationController
  before_action :ensure_logged_in
  before_action :ensure_admin

  def index
    render json: { version: Threadhall::VERSION::STRING }
  end
end
