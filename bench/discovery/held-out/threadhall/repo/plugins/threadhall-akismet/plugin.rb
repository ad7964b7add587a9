# frozen_string_literal: true

# name: threadhall-akismet
# about: Checks new posts by new users against Akismet and queues spam for review
# version: 0.3
# authors: Threadhall Labs

enabled_site_setting :akismet_enabled

require_relative "lib/akismet_client"
require_relative "jobs/check_akismet_post"

after_initialize do
  on(:post_created) do |post, _opts, user|
    next unless SiteSetting.akismet_enabled? && SiteSetting.akismet_api_key.present?
    next if user.staff? || user.trust_level >= SiteSetting.skip_akismet_trust_level.to_i
    Jobs.enqueue(:check_akismet_post, post_id: post.id, user_ip: post.custom_fields["AKISMET_IP_ADDRESS"])
  end
end
