# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'rails_helper'

RSpec.describe GitHub do
  let(:endpoint) { 'https://api.github.com/graphql' }
  let(:instance) { described_class.new(endpoint: endpoint, api_token: 'dummy-token') }
  let(:issue_url) { 'https://github.com/zammad/zammad/issues/1575' }

  before do
    Setting.set('github_config', { 'endpoint' => endpoint })
    stub_request(:post, endpoint).to_return(
      status:  200,
      body:    { data: { repository: { issue: { number: 1575, title: 'GitHub integration', url: issue_url, state: 'OPEN' } } } }.to_json,
      headers: { 'Content-Type' => 'application/json' },
    )
  end

  it 'resolves issues by url' do
    expect(instance.issues_by_urls([issue_url])[issue_url]).to include(id: '1575', icon_state: 'open')
  end
end
