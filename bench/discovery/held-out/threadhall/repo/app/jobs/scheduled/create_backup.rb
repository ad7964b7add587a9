# frozen_string_literal: true

module Jobs
  class CreateBackup < ::Jobs::Scheduled
    every 1.day
    sidekiq_options retry: false

    def execute(args)
      return unless SiteSetting.automatic_backups_enabled
      BackupRestore::Backuper.new(Threadhall::SYSTEM_USER_ID, with_uploads: SiteSetting.include_s3_uploads_in_backups).run
    end
  end
end
