# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class GitLab
  class LinkedIssue

    STATES_MAP = {
      'opened' => 'open',
      'closed' => 'closed',
    }.freeze

    QUERY = <<-GRAPHQL.freeze
      query($fullpath: ID!, $issue_id: String) {
        project(fullPath: $fullpath) {
          issue(iid: $issue_id) {
            iid
            webUrl
            title
            state
            milestone { title }
            assignees { edges { node { name } } }
            labels { edges { node { title color textColor description } } }
          }
        }
      }
    GRAPHQL

    attr_reader :client

    def initialize(client)
      @client = client
    end

    def find_by(url)
      variables = variables(url)
      return if variables.blank?

      response = client.perform(query: GitLab::LinkedIssue::QUERY, variables: variables)
      @issue = response.dig('data', 'project', 'issue')
      @issue.present? ? self : nil
    end

    def to_h
      {
        id:         @issue['iid'],
        title:      @issue['title'],
        url:        @issue['webUrl'],
        icon_state: STATES_MAP.fetch(@issue['state'], 'open'),
        milestone:  @issue.dig('milestone', 'title'),
        assignees:  @issue.dig('assignees', 'edges').to_a.map { |e| e.dig('node', 'name') },
        labels:     @issue.dig('labels', 'edges').to_a.map { |e| e['node'] },
      }
    end

    private

    def variables(url)
      if url !~ %r{^https?://([^/]+)/(.*)/-/issues/(\d+)$}
        raise Exceptions::UnprocessableEntity, __('Invalid GitLab issue link format')
      end

      host = $1
      if Setting.get('gitlab_config')['endpoint'].exclude?(host)
        raise Exceptions::UnprocessableEntity, __('Issue link doesn\'t match configured GitLab endpoint')
      end

      { fullpath: $2, issue_id: $3 }
    end
  end
end
