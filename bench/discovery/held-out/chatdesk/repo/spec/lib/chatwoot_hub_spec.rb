require 'rails_helper'

describe ChatwootHub do
  it 'generates installation identifier' do
    installation_identifier = described_class.installation_identifier
    expect(installation_identifier).not_to be_nil
    expect(described_class.installation_identifier).to eq installation_identifier
  end

  context 'when syncing with hub' do
    it 'get latest version from chatwoot hub' do
      version = '1.1.1'
      stub_request(:post, ChatwootHub::PING_URL).to_return(body: { version: version }.to_json)
      expect(described_class.sync_with_hub['version']).to eq version
    end

    it 'returns nil when chatwoot hub is down' do
      stub_request(:post, ChatwootHub::PING_URL).to_raise(StandardError)
      expect(described_class.sync_with_hub).to be_nil
    end
  end

  context 'when sending push notifications' do
    it 'posts to the hub push endpoint' do
      stub_request(:post, ChatwootHub::PUSH_NOTIFICATION_URL).to_return(status: 200)
      described_class.send_push({ fcm_options: 'test' })
      expect(WebMock).to have_requested(:post, ChatwootHub::PUSH_NOTIFICATION_URL)
    end
  end
end
