# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

require 'net/http'
require 'net/https'
require 'net/ftp'

class UserAgent

  def self.get(url, params = {}, options = {}, count = 10)
    uri  = URI.parse(url)
    http = get_http(uri, options)
    request = Net::HTTP::Get.new(uri, { 'User-Agent' => user_agent })
    perform_request(uri, http, request, options)
  end

  def self.head(url, params = {}, options = {})
    uri  = URI.parse(url)
    http = get_http(uri, options)
    perform_request(uri, http, Net::HTTP::Head.new(uri), options)
  end

  def self.post(url, params = {}, options = {})
    uri     = URI.parse(url)
    http    = get_http(uri, options)
    request = Net::HTTP::Post.new(uri, { 'User-Agent' => user_agent })
    set_params(request, params, options)
    perform_request(uri, http, request, options)
  end

  def self.put(url, params = {}, options = {})
    uri     = URI.parse(url)
    http    = get_http(uri, options)
    request = Net::HTTP::Put.new(uri, { 'User-Agent' => user_agent })
    set_params(request, params, options)
    perform_request(uri, http, request, options)
  end

  def self.delete(url, params = {}, options = {})
    uri  = URI.parse(url)
    http = get_http(uri, options)
    perform_request(uri, http, Net::HTTP::Delete.new(uri), options)
  end

  def self.get_http(uri, options)
    http = Net::HTTP.new(uri.host, uri.port)
    http.open_timeout = options[:open_timeout] || 4
    http.read_timeout = options[:read_timeout] || 10
    if uri.scheme.casecmp('https').zero?
      http.use_ssl = true
      http.verify_mode = options[:verify_ssl] == false ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER
    end
    http
  end

  def self.set_params(request, params, options)
    (options[:headers] || {}).each { |k, v| request[k.to_s] = v }
    if options[:json]
      request.add_field('Content-Type', 'application/json')
      request.body = params.to_json if params.present?
    else
      request.set_form_data(params) if params.present?
    end
    request.basic_auth(options[:user], options[:password]) if options[:user].present?
  end

  def self.perform_request(uri, http, request, options)
    response = http.request(request)
    Result.new(
      success: response.is_a?(Net::HTTPSuccess),
      code:    response.code,
      body:    response.body,
      content_type: response['Content-Type'],
      json:    options[:json],
    )
  rescue => e
    Result.new(error: e.inspect, success: false, code: 0)
  end

  def self.user_agent
    'Zammad User Agent'
  end

  class Result
    attr_reader :error, :body, :code, :content_type

    def initialize(options)
      @success      = options[:success]
      @body         = options[:body]
      @code         = options[:code]
      @content_type = options[:content_type]
      @error        = options[:error]
      @json         = options[:json]
    end

    def data
      return @data if @data
      return if !@json || @body.blank?

      @data = JSON.parse(@body)
    end

    def success?
      @success ? true : false
    end
  end
end
