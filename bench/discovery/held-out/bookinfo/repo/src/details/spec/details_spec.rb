require 'webmock/rspec'
require_relative '../book_source'

RSpec.describe BookSource do
  before do
    ENV['BOOKS_API_HOST'] = 'localhost'
    stub_request(:get, %r{https://localhost/books/v1/volumes})
      .to_return(body: File.read(File.join(__dir__, 'fixtures', 'volume.json')))
  end

  it 'maps the volume into a details record' do
    details = BookSource.fetch_by_isbn('0486424618', {})
    expect(details['pages']).to eq(96)
    expect(details['language']).to eq('English')
  end
end
