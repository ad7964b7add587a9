# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class SearchIndexBackend

  SUPPORTED_ES_VERSION_MINIMUM   = '7.8'.freeze
  SUPPORTED_ES_VERSION_LESS_THAN = '9'.freeze

  def self.info
    url = Setting.get('es_url').to_s
    return if url.blank?

    response = make_request(url)

    if response.success?
      installed_version = response.data.dig('version', 'number')
      raise "Unable to get elasticsearch version from response: #{response.inspect}" if installed_version.blank?

      return response.data
    end

    raise humanized_error(
      verb:     'GET',
      url:      url,
      response: response,
    )
  end

  def self.enabled?
    Setting.get('es_url').present?
  end

  def self.build_index_name(index = nil)
    local_index = "#{Setting.get('es_index')}_#{Rails.env}"
    return local_index if index.blank?

    "#{local_index}_#{index.underscore.tr('/', '_')}"
  end

  def self.build_url(type: nil, action: nil, object_id: nil, with_pipeline: true, with_document_type: true, url_params: {})
    return if !SearchIndexBackend.enabled?

    url = Setting.get('es_url')
    return "#{url}/#{build_index_name(type)}/_doc/#{object_id}" if object_id.present? && action.nil?
    return "#{url}/#{build_index_name(type)}/_search" if action == '_search'
    return "#{url}/#{build_index_name(type)}/_doc/#{object_id}/#{action}" if action.present?

    "#{url}/#{build_index_name(type)}"
  end

  def self.add(type, data)
    url = build_url(type: type, object_id: data['id'])
    return if url.blank?

    make_request_and_validate(url, data: data, method: :post)
  end

  def self.remove(type, o_id = nil)
    url = build_url(type: type, object_id: o_id, with_pipeline: false)
    return if url.blank?

    make_request_and_validate(url, method: :delete)
  end

  def self.search(query, index, options = {})
    url = build_url(type: index, action: '_search')
    return [] if url.blank?

    data = {
      query: {
        bool: {
          must: [
            { query_string: { query: query, default_operator: 'AND', analyze_wildcard: true } }
          ]
        }
      },
      size:  options[:limit] || 10,
      from:  options[:offset] || 0,
      sort:  [{ updated_at: { order: 'desc' } }],
    }

    response = make_request(url, data: data, method: :post)
    return [] if !response.success?

    response.data.dig('hits', 'hits').to_a.map do |item|
      { id: item['_id'], type: index }
    end
  end

  def self.index_exists?(type)
    url = build_url(type: type, with_pipeline: false, with_document_type: false)
    return false if url.blank?

    make_request(url, method: :head).success?
  end

  def self.make_request(url, data: {}, method: :get, open_timeout: 8, read_timeout: 180)
    Rails.logger.debug { "# curl -X #{method} \"#{url}\" " }

    UserAgent.send(
      method,
      url,
      data,
      {
        json:              true,
        open_timeout:      open_timeout,
        read_timeout:      read_timeout,
        total_timeout:     (open_timeout + read_timeout + 60),
        verify_ssl:        Setting.get('es_ssl_verify'),
        user:              Setting.get('es_user'),
        password:          Setting.get('es_password'),
        log:               { facility: 'elasticsearch' },
      }
    )
  end

  def self.make_request_and_validate(url, **args)
    response = make_request(url, **args)
    return true if response.success?

    raise humanized_error(verb: args[:method], url: url, payload: args[:data], response: response)
  end

  def self.humanized_error(verb:, url:, response:, payload: nil)
    "Unable to process #{verb} request to elasticsearch URL '#{url}'. Elasticsearch is not reachable or returned #{response.code}. Payload: #{payload.to_json}"
  end
end
