# frozen_string_literal: true

class UploadsController < ApplicationController
  before_action :ensure_logged_in

  def create
    file = params[:file] || params[:files]&.first
    raise Threadhall::InvalidParameters.new(:file) if file.nil?

    upload = Upload.new(user_id: current_user.id, original_filename: file.original_filename, filesize: file.size,
                        sha1: Digest::SHA1.file(file.tempfile).hexdigest, extension: File.extname(file.original_filename).delete("."))
    upload.save!
    url, etag = FileStore.current.store_upload(file.tempfile, upload, file.content_type)
    upload.update!(url: url, etag: etag)

    render json: { id: upload.id, url: upload.url, short_url: upload.short_url }
  end

  def show_secure
    upload = Upload.find_by(sha1: params[:sha1]) or raise Threadhall::NotFound
    redirect_to FileStore.current.download_url(upload), allow_other_host: true
  end
end
