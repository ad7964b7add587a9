# frozen_string_literal: true

require "file_store/base_store"

module FileStore
  class LocalStore < BaseStore
    def external?
      false
    end

    def store_file(file, path)
      dest = "#{public_dir}#{upload_path}/#{path}"
      FileUtils.mkdir_p(Pathname.new(dest).dirname)
      FileUtils.cp(file.path, dest)
      "/#{upload_path}/#{path}"
    end

    def remove_file(url, _path)
      FileUtils.rm_f("#{public_dir}#{url}")
    end

    def public_dir
      "#{Rails.root}/public"
    end

    def upload_path
      "uploads/default"
    end
  end
end
