# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Integration::GitHubController < ApplicationController
  prepend_before_action :authenticate_and_authorize!

  def verify
    github(params[:endpoint], params[:api_token]).verify!

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
    issues = github.issues_by_urls(params[:links])

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

  def github(endpoint = nil, api_token = nil)
    config = Setting.get('github_config')

    GitHub.new(
      endpoint:  endpoint.presence || config['endpoint'],
      api_token: api_token.presence || config['api_token'],
    )
  end
end
