# frozen_string_literal: true

class TranslateStatusService < BaseService
  CACHE_TTL = 1.day.freeze

  include ERB::Util
  include FormattingHelper

  def call(status, source_language, target_language)
    @status = status
    @source_texts = source_texts
    @source_language = source_language
    @target_language = target_language

    raise Tootyard::NotPermittedError unless permitted?

    status_translation = Rails.cache.fetch("v2:translations/#{@source_language}/#{@target_language}/#{content_hash}", expires_in: CACHE_TTL) do
      translations = translation_backend.translate(@source_texts.values, @source_language, @target_language)
      build_status_translation(translations)
    end

    status_translation.status = @status
    status_translation
  end

  private

  def translation_backend
    @translation_backend ||= TranslationService.configured
  end

  def permitted?
    return false unless @status.distributable? && TranslationService.configured?

    languages[@status.language]&.include?(@target_language)
  end

  def languages
    Rails.cache.fetch('translation_service/languages', expires_in: 7.days, race_condition_ttl: 1.hour) { TranslationService.configured.languages }
  end

  def content_hash
    Digest::SHA256.base64digest(@source_texts.transform_keys { |key| key.respond_to?(:id) ? "#{key.class}-#{key.id}" : key }.to_json)
  end

  def source_texts
    { status_content: @status.text, spoiler_text: @status.spoiler_text }.compact_blank
  end

  def build_status_translation(translations)
    Translation.new(status: @status, content: translations.first&.text, detected_source_language: translations.first&.detected_source_language, provider: translations.first&.provider)
  end
end
