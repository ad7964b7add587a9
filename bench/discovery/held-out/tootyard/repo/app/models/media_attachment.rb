# frozen_string_literal: true

class MediaAttachment < ApplicationRecord
  self.inheritance_column = nil

  include Attachmentable

  enum :type, { image: 0, gifv: 1, video: 2, unknown: 3, audio: 4 }
  enum :processing, { queued: 0, in_progress: 1, complete: 2, failed: 3 }, prefix: true

  MAX_DESCRIPTION_LENGTH = 1_500

  IMAGE_LIMIT = 16.megabytes
  VIDEO_LIMIT = 99.megabytes

  belongs_to :account,          inverse_of: :media_attachments, optional: true
  belongs_to :status,           inverse_of: :media_attachments, optional: true
  belongs_to :scheduled_status, inverse_of: :media_attachments, optional: true

  # Stored via Paperclip; the storage backend (S3 / filesystem) comes from config/initializers/paperclip.rb
  has_attached_file :file,
                    styles: ->(f) { file_styles f },
                    processors: ->(f) { file_processors f },
                    convert_options: { all: '-quality 90 +profile "!icc,*" +set date:modify +set date:create +set date:timestamp' }

  has_attached_file :thumbnail,
                    styles: { original: { pixels: 640 * 360, format: 'png', file_geometry_parser: FastGeometryParser, blurhash: { x_comp: 4, y_comp: 4 } } },
                    processors: [:lazy_thumbnail, :blurhash_transcoder]

  validates_attachment_size :file, less_than: ->(m) { m.larger_media_format? ? VIDEO_LIMIT : IMAGE_LIMIT }
  remotable_attachment :file, VIDEO_LIMIT, suppress_errors: false
  remotable_attachment :thumbnail, IMAGE_LIMIT, suppress_errors: true, download_on_assign: false

  validates :account, presence: true
  validates :description, length: { maximum: MAX_DESCRIPTION_LENGTH }

  def local?
    remote_url.blank?
  end

  def larger_media_format?
    video? || gifv? || audio?
  end

  class << self
    def file_styles(_attachment) = { original: { pixels: 8_294_400 }, small: { pixels: 230_400 } }
    def file_processors(_instance) = [:lazy_thumbnail, :blurhash_transcoder, :color_extractor]
  end
end
