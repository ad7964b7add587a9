# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Integration::GitLabController < ApplicationController
  prepend_before_action :authenticate_and_authorize!

  def verify
    gitlab(params[:endpoint], params[:api_token], params[:verify_ssl]).verify!

    render json: {
      result: 'ok',
    }
  rescue => e
    logger.error e

    render json: {
      result:  'failed',
      message: e.message,
    }
  end

  def query
    issues = gitlab.issues_by_urls(params[:links])

    render json: {
      result:   'ok',
      response: issues,
    }
  rescue => e
    logger.error e

    render json: {
      result:  'failed',
      message: e.message,
    }
  end

  private

  def gitlab(endpoint = nil, api_token = nil, verify_ssl = nil)
    config = Setting.get('gitlab_config')

    GitLab.new(
      endpoint:   endpoint.presence || config['endpoint'],
      api_token:  api_token.presence || config['api_token'],
      verify_ssl: verify_ssl.nil? ? config.fetch('verify_ssl', true) : verify_ssl,
    )
  end
end
