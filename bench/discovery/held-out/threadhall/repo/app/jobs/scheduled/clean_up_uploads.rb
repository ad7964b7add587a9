# frozen_string_literal: true

module Jobs
  class CleanUpUploads < ::Jobs::Scheduled
    every 1.hour

    def execute(args)
      grace_period = [SiteSetting.clean_orphan_uploads_grace_period_hours, 1].max
      store = FileStore.current
      Upload.where("created_at < ?", grace_period.hours.ago).where.missing(:upload_references).limit(1000).find_each do |upload|
        store.remove_upload(upload)
        upload.destroy
      end
    end
  end
end
