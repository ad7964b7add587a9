# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'rails_helper'

RSpec.describe Transaction::Slack do
  let(:webhook) { 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX' }
  let(:ticket)  { create(:ticket) }

  before do
    Setting.set('slack_integration', true)
    Setting.set('slack_config', { 'items' => [{ 'webhook' => webhook, 'channel' => '#support', 'types' => %w[create update], 'group_ids' => [] }] })
    stub_request(:post, webhook).to_return(status: 200, body: 'ok')
  end

  it 'posts to the configured webhook' do
    described_class.new({ object: 'Ticket', type: 'create', object_id: ticket.id, user_id: 1 }).perform
    expect(WebMock).to have_requested(:post, webhook)
  end
end
