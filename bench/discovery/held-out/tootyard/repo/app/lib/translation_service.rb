# frozen_string_literal: true

class TranslationService
  class Error < StandardError; end
  class NotConfiguredError < Error; end
  class TooManyRequestsError < Error; end
  class QuotaExceededError < Error; end
  class UnexpectedResponseError < Error; end

  def self.configured
    if configuration.deepl[:api_key].present?
      TranslationService::DeepL.new(
        configuration.deepl[:plan],
        configuration.deepl[:api_key]
      )
    elsif configuration.libre_translate[:endpoint].present?
      TranslationService::LibreTranslate.new(
        configuration.libre_translate[:endpoint],
        configuration.libre_translate[:api_key]
      )
    else
      raise NotConfiguredError
    end
  end

  def self.configured?
    configuration.deepl[:api_key].present? || configuration.libre_translate[:endpoint].present?
  end

  def self.configuration
    Rails.configuration.x.translation
  end

  def languages
    {}
  end

  def translate(_texts, _source_language, _target_language)
    raise NotImplementedError
  end

  protected

  def request(verb, url, **options)
    req = Request.new(verb, url, **options)
    req.add_headers(Accept: 'application/json')
    req.perform do |res|
      case res.code
      when 429
        raise TooManyRequestsError
      when 456
        raise QuotaExceededError
      when 200...300
        yield res
      else
        raise UnexpectedResponseError
      end
    end
  end
end
