# frozen_string_literal: true

require "aws-sdk-s3"

class S3Helper
  class SettingMissing < StandardError; end

  attr_reader :s3_bucket_name, :s3_bucket_folder_path

  def initialize(s3_bucket_name, tombstone_prefix = "", options = {})
    @s3_client = options.delete(:client)
    @s3_options = default_s3_options.merge(options)
    @s3_bucket_name, @s3_bucket_folder_path = self.class.get_bucket_and_folder_path(s3_bucket_name)
    @tombstone_prefix = tombstone_prefix
  end

  def self.get_bucket_and_folder_path(s3_bucket_name)
    s3_bucket_name.to_s.downcase.split("/", 2)
  end

  def self.build_from_config(use_db_s3_config: false, for_backup: false)
    bucket = for_backup ? GlobalSetting.s3_backup_bucket : GlobalSetting.s3_bucket
    raise SettingMissing.new("s3_bucket") if bucket.blank?
    new(bucket)
  end

  def upload(file, path, options = {})
    path = get_path_for_s3_upload(path)
    obj = s3_bucket.object(path)
    obj.upload_file(file, options)
    [path, obj.etag.gsub('"', "")]
  end

  def remove(s3_filename, copy_to_tombstone = false)
    s3_filename = s3_filename.dup
    s3_bucket.object(get_path_for_s3_upload(s3_filename)).delete
  rescue Aws::S3::Errors::NoSuchKey
  end

  def object(path)
    s3_bucket.object(get_path_for_s3_upload(path))
  end

  def list(prefix = "")
    s3_bucket.objects(prefix: File.join(@s3_bucket_folder_path.to_s, prefix))
  end

  def presigned_url(key, method:, expires_in: 300)
    Aws::S3::Presigner.new(client: s3_client).presigned_url(method, bucket: @s3_bucket_name, key: key, expires_in: expires_in)
  end

  def s3_client
    @s3_client ||= Aws::S3::Client.new(@s3_options)
  end

  def s3_bucket
    @s3_bucket ||= Aws::S3::Resource.new(client: s3_client).bucket(@s3_bucket_name)
  end

  private

  def default_s3_options
    opts = { region: GlobalSetting.s3_region }
    opts[:endpoint] = GlobalSetting.s3_endpoint if GlobalSetting.s3_endpoint.present?
    if GlobalSetting.s3_access_key_id.present?
      opts[:access_key_id] = GlobalSetting.s3_access_key_id
      opts[:secret_access_key] = GlobalSetting.s3_secret_access_key
    end
    opts
  end

  def get_path_for_s3_upload(path)
    path = File.join(@s3_bucket_folder_path, path) if @s3_bucket_folder_path && path !~ %r{\A/}
    path
  end
end
