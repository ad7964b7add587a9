class Attachment < ApplicationRecord
  include Rails.application.routes.url_helpers

  ACCEPTABLE_FILE_TYPES = %w[
    text/csv text/plain text/rtf
    application/json application/pdf
    application/zip application/x-7z-compressed application/vnd.rar application/x-tar
    application/msword application/vnd.ms-excel application/vnd.ms-powerpoint
  ].freeze

  belongs_to :account
  belongs_to :message
  # Stored through ActiveStorage using the service named by ACTIVE_STORAGE_SERVICE
  has_one_attached :file
  validate :acceptable_file

  enum file_type: { image: 0, audio: 1, video: 2, file: 3, location: 4, fallback: 5, share: 6, story_mention: 7, contact: 8 }

  def push_event_data
    return base_data.merge(location_metadata) if file_type.to_sym == :location

    base_data.merge(file_metadata)
  end

  def file_url
    file.attached? ? url_for(file) : ''
  end

  private

  def file_metadata
    { extension: extension, data_url: file_url, file_size: file.byte_size }
  end

  def location_metadata
    { coordinates_lat: coordinates_lat, coordinates_long: coordinates_long, fallback_title: fallback_title, data_url: external_url }
  end

  def base_data
    { id: id, message_id: message_id, file_type: file_type, account_id: account_id }
  end

  def acceptable_file
    return unless should_validate_file?

    errors.add(:file, 'size is too big') if file.byte_size > 40.megabytes
  end

  def should_validate_file?
    return unless file.attached?
    return unless file.content_type.present?

    file_type.to_sym != :image
  end
end
