# frozen_string_literal: true

module BackupRestore
  class LocalBackupStore
    def self.base_directory
      File.join(Rails.root, "public", "backups", "default")
    end

    def remote?
      false
    end

    def files
      Dir.glob(File.join(self.class.base_directory, "*.{gz,tgz}")).map { |p| { filename: File.basename(p), size: File.size(p) } }
    end

    def upload_file(filename, source_path, _content_type)
      FileUtils.cp(source_path, File.join(self.class.base_directory, filename))
    end

    def delete_file(filename)
      FileUtils.rm_f(File.join(self.class.base_directory, filename))
    end
  end
end
