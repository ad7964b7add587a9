# frozen_string_literal: true

require "file_store/base_store"
require "s3_helper"

module FileStore
  class S3Store < BaseStore
    def initialize(s3_helper = nil)
      @s3_helper = s3_helper || S3Helper.build_from_config
    end

    def external?
      true
    end

    def store_file(file, path, opts = {})
      cache_file(file, File.basename(path)) if opts[:cache_locally]
      options = {
        acl: "public-read",
        cache_control: "max-age=31556952, public, immutable",
        content_type: opts[:content_type].presence || MiniMime.lookup_by_filename(path)&.content_type,
      }
      path, etag = @s3_helper.upload(file, path, options)
      ["//#{s3_bucket_host}/#{path}", etag]
    end

    def remove_file(url, path)
      @s3_helper.remove(path, true)
    end

    def download_url(upload)
      @s3_helper.presigned_url(get_path_for_upload(upload), method: :get_object)
    end

    def s3_bucket_host
      "#{@s3_helper.s3_bucket_name}.s3.dualstack.#{GlobalSetting.s3_region}.amazonaws.com"
    end

    def cache_file(file, filename)
      FileUtils.mkdir_p("tmp/download_cache")
      FileUtils.cp(file.path, "tmp/download_cache/#{filename}")
    end
  end
end
