# frozen_string_literal: true

class Post < ActiveRecord::Base
  BAKED_VERSION = 2

  belongs_to :user
  belongs_to :topic
  has_many :post_actions
  has_many :upload_references, as: :target

  validates :raw, presence: true, length: { minimum: 2, maximum: 32_000 }

  after_commit :publish_change, on: %i[create update]

  def self.find_by_reply_key(key)
    joins("JOIN post_reply_keys k ON k.post_id = posts.id").find_by("k.reply_key = ?", key)
  end

  def reply_key
    PostReplyKey.find_or_create_by!(post_id: id, user_id: user_id).reply_key
  end

  def publish_change
    MessageBus.publish("/topic/#{topic_id}", { id: id, post_number: post_number, type: "created" })
  end
end
