# frozen_string_literal: true

class TranslationService::DeepL < TranslationService
  include JsonLdHelper

  def initialize(plan, api_key)
    super()

    @plan    = plan
    @api_key = api_key
  end

  def translate(texts, source_language, target_language)
    form = { text: texts, source_lang: source_language&.upcase, target_lang: target_language, tag_handling: 'html' }
    request(:post, '/v2/translate', form: form) do |res|
      transform_response(res.body_with_limit)
    end
  end

  def languages
    source_languages = [nil] + fetch_languages('source')
    target_languages = fetch_languages('target')
    source_languages.index_with { |language| target_languages.without(nil, language) }
  end

  private

  def fetch_languages(type)
    request(:get, "/v2/languages?type=#{type}") do |res|
      Oj.load(res.body_with_limit).map { |language| normalize_language(language['language']) }
    end
  end

  def request(verb, path, **options)
    super(verb, "#{base_url}#{path}", **options.merge(headers: { Authorization: "DeepL-Auth-Key #{@api_key}" }))
  end

  def base_url
    if @plan == 'free'
      'https://api-free.deepl.com'
    else
      'https://api.deepl.com'
    end
  end

  def normalize_language(code)
    code.downcase.split('-').first
  end

  def transform_response(json)
    data = JSON.parse(json, symbolize_names: true)
    raise UnexpectedResponseError unless data.is_a?(Hash)

    data[:translations].map do |translation|
      Translation.new(text: translation[:text], detected_source_language: translation[:detected_source_language]&.downcase, provider: 'DeepL.com')
    end
  end
end
