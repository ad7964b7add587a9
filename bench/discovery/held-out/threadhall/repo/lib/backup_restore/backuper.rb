# frozen_string_literal: true

module BackupRestore
  class Backuper
    def self.store
      if GlobalSetting.backup_location == "s3"
        S3BackupStore.new
      else
        LocalBackupStore.new
      end
    end

    def initialize(user_id, opts = {})
      @user_id = user_id
      @with_uploads = opts.fetch(:with_uploads, true)
      @timestamp = Time.now.strftime("%Y-%m-%d-%H%M%S")
    end

    def run
      dump_path = File.join(Dir.tmpdir, "threadhall-#{@timestamp}.sql.gz")
      config = ActiveRecord::Base.connection_db_config.configuration_hash
      env = { "PGPASSWORD" => config[:password].to_s }
      cmd = ["pg_dump", "--schema=public", "--no-owner", "--host=#{config[:host]}", "--username=#{config[:username]}", config[:database]]
      system(env, "#{cmd.join(" ")} | gzip > #{dump_path}", exception: true)
      self.class.store.upload_file(File.basename(dump_path), dump_path, "application/gzip")
      self.class.store.delete_old
    ensure
      FileUtils.rm_f(dump_path) if dump_path
    end
  end
end
