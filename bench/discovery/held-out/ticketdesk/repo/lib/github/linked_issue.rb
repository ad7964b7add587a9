# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GitHub
  class LinkedIssue

    STATES_MAP = {
      'OPEN'   => 'open',
      'CLOSED' => 'closed',
    }.freeze

    QUERY = <<-GRAPHQL.freeze
      query($repositor: String!, $owner: String!, $issue_id: Int!) {
        repository(name: $repositor, owner: $owner) {
          issue(number: $issue_id) {
            number
            title
            url
            state
            milestone {
              title
            }
            assignees(last: 100) {
              edges {
                node {
                  name
                  login
                }
              }
            }
            labels(last: 100) {
              edges {
                node {
                  name
                  color
                }
              }
            }
          }
        }
      }
    GRAPHQL

    attr_reader :client, :issue

    def initialize(client)
      @client = client
    end

    def find_by(url)
      @result = query_by_url(url)
      return if @result.blank?

      new(@result)
    end

    def to_h
      {
        id:         issue['number'].to_s,
        title:      issue['title'],
        url:        issue['url'],
        icon_state: STATES_MAP.fetch(issue['state'], 'open'),
        milestone:  issue.dig('milestone', 'title'),
        assignees:  issue.dig('assignees', 'edges').to_a.map { |e| e.dig('node', 'name') || e.dig('node', 'login') },
        labels:     issue.dig('labels', 'edges').to_a.map { |e| e['node'] },
      }
    end

    private

    def new(issue)
      @issue = issue
      self
    end

    def query_by_url(url)
      variables = variables(url)
      return if variables.blank?

      response = client.perform(
        query:     GitHub::LinkedIssue::QUERY,
        variables: variables
      )

      response.dig('data', 'repository', 'issue')
    end

    def variables(url)
      if url !~ %r{https://([^/]+)/(.*)/([^/]+)/issues/(\d+)}
        raise Exceptions::UnprocessableEntity, __('Invalid GitHub issue link format')
      end

      host = $1
      owner = $2
      repositor = $3
      id = $4

      if Setting.get('github_config')['endpoint'].exclude?(host)
        raise Exceptions::UnprocessableEntity, __('Issue link doesn\'t match configured GitHub endpoint')
      end

      {
        repositor: repositor,
        owner:     owner,
        issue_id:  id.to_i,
      }
    end
  end
end
