# frozen_string_literal: true

module FileStore
  def self.current
    if GlobalSetting.use_s3?
      require "file_store/s3_store"
      S3Store.new
    else
      require "file_store/local_store"
      LocalStore.new
    end
  end
end
