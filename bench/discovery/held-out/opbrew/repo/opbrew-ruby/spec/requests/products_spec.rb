require 'rails_helper'
require 'webmock/rspec'

RSpec.describe 'GET /api/products', type: :request do
  before do
    allow(Rails.configuration).to receive(:opbeans_services).and_return(['http://localhost:4567'])
    allow(Rails.configuration).to receive(:opbeans_dt_probability).and_return(1.0)
    stub_request(:get, 'http://localhost:4567/api/products').to_return(body: '[]', status: 200)
  end

  it 'forwards to a peer' do
    get '/api/products'
    expect(response).to have_http_status(200)
  end
end
