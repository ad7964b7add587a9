# frozen_string_literal: true

require "s3_helper"

module BackupRestore
  class S3BackupStore
    UPLOAD_URL_EXPIRES_AFTER_SECONDS = 6.hours.to_i

    def initialize(opts = {})
      @s3_helper = S3Helper.build_from_config(for_backup: true)
    end

    def remote?
      true
    end

    def files
      @s3_helper.list.map { |obj| { filename: File.basename(obj.key), size: obj.size, last_modified: obj.last_modified } }
    end

    def upload_file(filename, source_path, content_type)
      obj = @s3_helper.object(filename)
      raise "backup file #{filename} already exists" if obj.exists?
      obj.upload_file(source_path, content_type: content_type, server_side_encryption: "AES256")
    end

    def download_file(filename, destination_path)
      @s3_helper.object(filename).download_file(destination_path)
    end

    def delete_file(filename)
      obj = @s3_helper.object(filename)
      obj.delete if obj.exists?
    end

    def delete_old(keep: 5)
      files.sort_by { |f| f[:last_modified] }.reverse.drop(keep).each { |f| delete_file(f[:filename]) }
    end
  end
end
