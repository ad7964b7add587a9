# Looks up a book by ISBN in the public Google Books catalogue.
#
# When DO_NOT_ENCRYPT is set the request goes out as plain HTTP on port 80 and
# the egress gateway (see networking/egress-rule-google-apis.yaml) performs TLS
# origination; otherwise we speak HTTPS ourselves.
require 'net/http'
require 'json'

module BookSource
  BOOKS_API_HOST = ENV.fetch('BOOKS_API_HOST', 'www.googleapis.com')
  BOOKS_API_PATH = '/books/v1/volumes'

  def self.fetch_by_isbn(isbn, headers)
    uri = URI.parse("https://#{BOOKS_API_HOST}#{BOOKS_API_PATH}?q=isbn:#{isbn}")
    http = Net::HTTP.new(uri.host, ENV['DO_NOT_ENCRYPT'] === 'true' ? 80 : 443)
    http.read_timeout = 5 # seconds

    # DO_NOT_ENCRYPT is used to configure the details service to use either
    # HTTP (true) or HTTPS (false, default) when calling the external service.
    if ENV['DO_NOT_ENCRYPT'] === 'true'
      http.use_ssl = false
    else
      http.use_ssl = true
    end

    request = Net::HTTP::Get.new(uri.request_uri)
    headers.each { |k, v| request[k] = v }

    response = http.request(request)
    json = JSON.parse(response.body)

    book = json['items'][0]['volumeInfo']
    language = book['language'] === 'en' ? 'English' : 'unknown'
    type = book['printType'] === 'BOOK' ? 'paperback' : 'unknown'
    isbn10 = get_isbn(book, 'ISBN_10')
    isbn13 = get_isbn(book, 'ISBN_13')

    {
      'id' => nil,
      'author' => book['authors'][0],
      'year' => book['publishedDate'],
      'type' => type,
      'pages' => book['pageCount'],
      'publisher' => book['publisher'],
      'language' => language,
      'ISBN-10' => isbn10,
      'ISBN-13' => isbn13
    }
  end

  def self.get_isbn(book, isbn_type)
    isbn_dentifiers = book['industryIdentifiers'].select do |identifier|
      identifier['type'] === isbn_type
    end
    isbn_dentifiers[0]['identifier']
  end
end
