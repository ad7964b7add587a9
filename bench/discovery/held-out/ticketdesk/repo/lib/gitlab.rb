# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GitLab
  extend Forwardable

  attr_reader :client

  def_delegator :client, :perform

  def initialize(endpoint:, api_token:, verify_ssl: true)
    @client = GitLab::HttpClient.new(endpoint, api_token, verify_ssl: verify_ssl)
  end

  def verify!
    GitLab::Credentials.new(client).verify!
  end

  def issues_by_urls(urls)
    urls.uniq.each_with_object({}) do |url, result|
      issue = GitLab::LinkedIssue.new(client).find_by(url)&.to_h
      next if issue.blank?

      result[url] = issue
    end
  end
end
