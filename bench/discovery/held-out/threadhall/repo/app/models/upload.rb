# frozen_string_literal: true

class Upload < ActiveRecord::Base
  belongs_to :user
  has_many :upload_references

  def short_url
    "upload://#{Base62.encode(sha1.hex)}.#{extension}"
  end
end
