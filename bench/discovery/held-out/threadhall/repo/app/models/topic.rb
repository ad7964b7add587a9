# frozen_string_literal: true

class Topic < ActiveRecord::Base
  belongs_to :category
  belongs_to :user
  has_many :posts

  validates :title, presence: true, length: { in: 15..255 }

  scope :listable, -> { where(visible: true, deleted_at: nil) }

  def self.for_digest(user, since)
    listable.where("created_at > ?", since).order(like_count: :desc)
  end

  def secure_group_ids
    category&.read_restricted ? category.group_ids : nil
  end

  def trash!(by_user)
    update!(deleted_at: Time.zone.now, deleted_by_id: by_user.id)
  end
end
