# frozen_string_literal: true

module Jobs
  class ProcessPost < ::Jobs::Base
    def execute(args)
      post = Post.find_by(id: args[:post_id])
      return if post.nil? || post.topic.nil?

      cooked = PrettyText.cook(post.raw, topic_id: post.topic_id)
      post.update_columns(cooked: cooked, baked_at: Time.zone.now, baked_version: Post::BAKED_VERSION)

      MessageBus.publish("/topic/#{post.topic_id}", { type: "revised", id: post.id, post_number: post.post_number }, group_ids: post.topic.secure_group_ids)
      ::Threadhall.plugin_events.trigger(:post_process_cooked, post)
    end
  end
end
