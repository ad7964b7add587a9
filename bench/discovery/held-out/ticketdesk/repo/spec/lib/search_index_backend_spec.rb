# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'rails_helper'

RSpec.describe SearchIndexBackend do
  before do
    Setting.set('es_url', 'http://localhost:9200')
    Setting.set('es_index', 'zammad')
  end

  describe '.search' do
    before do
      stub_request(:post, 'http://localhost:9200/zammad_test_ticket/_search')
        .to_return(status: 200, body: { hits: { hits: [{ _id: '42' }] } }.to_json, headers: { 'Content-Type' => 'application/json' })
    end

    it 'returns ids from hits' do
      expect(described_class.search('welcome', 'Ticket')).to eq([{ id: '42', type: 'Ticket' }])
    end
  end

  describe '.enabled?' do
    it 'is false without es_url' do
      Setting.set('es_url', '')
      expect(described_class).not_to be_enabled
    end
  end
end
