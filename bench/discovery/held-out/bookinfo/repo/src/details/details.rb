#!/usr/bin/ruby
#
# Inkwell Books - details service.
# Serves bibliographic details for a book. v1 answers from a fixed record;
# when ENABLE_EXTERNAL_BOOK_SERVICE=true it asks the public books catalogue.

require 'webrick'
require 'json'
require_relative 'book_source'

if ARGV.length < 1
  puts "usage: #{$PROGRAM_NAME} port"
  exit(-1)
end

port = Integer(ARGV[0])

server = WEBrick::HTTPServer.new(
  BindAddress: '*',
  Port: port,
  AcceptCallback: proc { |s| s.setsockopt(Socket::IPPROTO_TCP, Socket::TCP_NODELAY, true) },
)

trap 'INT' do server.shutdown end

server.mount_proc '/health' do |_req, res|
  res.status = 200
  res.body = { 'status' => 'Details is healthy' }.to_json
  res['Content-Type'] = 'application/json'
end

server.mount_proc '/details' do |req, res|
  pathParts = req.path.split('/')
  headers = get_forward_headers(req)

  begin
    begin
      id = Integer(pathParts[-1])
    rescue
      raise 'please provide numeric product id'
    end
    details = get_book_details(id, headers)
    res.body = details.to_json
    res['Content-Type'] = 'application/json'
  rescue => error
    res.body = { 'error' => error }.to_json
    res['Content-Type'] = 'application/json'
    res.status = 400
  end
end

# TODO: provide details on different books.
def get_book_details(id, headers)
  if ENV['ENABLE_EXTERNAL_BOOK_SERVICE'] === 'true'
    # the ISBN of one of Comedy of Errors on the Amazon
    # that has Shakespeare as the single author
    isbn = '0486424618'
    return BookSource.fetch_by_isbn(isbn, headers)
  end

  {
    'id' => id,
    'author': 'William Shakespeare',
    'year': 1595,
    'type' => 'paperback',
    'pages' => 200,
    'publisher' => 'Inkwell Classics',
    'language' => 'English',
    'ISBN-10' => '1234567890',
    'ISBN-13' => '123-1234567890'
  }
end

def get_forward_headers(request)
  headers = {}
  incoming_headers = %w[x-request-id x-ot-span-context x-datadog-trace-id traceparent tracestate
                        x-cloud-trace-context grpc-trace-bin sw8 user-agent cookie
                        x-b3-traceid x-b3-spanid x-b3-parentspanid x-b3-sampled x-b3-flags b3]

  request.each do |header, value|
    headers[header] = value if incoming_headers.include? header
  end

  headers
end

server.start
