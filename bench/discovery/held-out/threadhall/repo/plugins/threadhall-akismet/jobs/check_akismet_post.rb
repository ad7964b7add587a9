# frozen_string_literal: true

module Jobs
  class CheckAkismetPost < ::Jobs::Base
    sidekiq_options queue: "low"

    def execute(args)
      post = Post.with_deleted.find_by(id: args[:post_id])
      return if post.nil? || post.user.nil?

      verdict = ThreadhallAkismet::Client.build.comment_check(
        user_ip: args[:user_ip],
        user_agent: post.custom_fields["AKISMET_USER_AGENT"],
        comment_type: "forum-post",
        comment_author: post.user.username,
        comment_author_email: post.user.email,
        comment_content: post.raw,
        permalink: "https://#{GlobalSetting.hostname}/t/#{post.topic_id}/#{post.post_number}",
      )

      if verdict.start_with?("spam")
        ReviewableAkismetPost.needs_review!(target: post, reason: verdict)
        PostDestroyer.new(Threadhall.system_user, post).destroy if verdict == "spam_discard"
      end
      post.upsert_custom_fields("AKISMET_STATE" => verdict)
    end
  end
end
