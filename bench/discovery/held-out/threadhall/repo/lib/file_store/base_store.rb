# frozen_string_literal: true

module FileStore
  class BaseStore
    UPLOAD_PATH_REGEX = %r{/(original/\d+X/.*)}

    def store_upload(file, upload, content_type = nil)
      upload.url = nil
      path = get_path_for_upload(upload)
      store_file(file, path)
    end

    def remove_upload(upload)
      remove_file(upload.url, get_path_for_upload(upload))
    end

    def get_path_for_upload(upload)
      extension = upload.extension ? ".#{upload.extension}" : ""
      depth = [1, Math.log(upload.id.to_i, 16).ceil].max
      "original/#{depth}X/#{upload.sha1[0]}/#{upload.sha1[1]}/#{upload.sha1}#{extension}"
    end

    def external?
      raise NotImplementedError
    end
  end
end
