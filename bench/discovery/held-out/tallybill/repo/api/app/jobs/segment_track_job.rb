# frozen_string_literal: true

class SegmentTrackJob < ApplicationJob
  queue_as :default

  def perform(membership_id:, event:, properties:)
    return if ENV["TALLYBILL_DISABLE_SEGMENT"] == "true"

    SEGMENT_CLIENT.track(
      user_id: membership_id || "membership/unidentifiable",
      event:,
      properties: properties.merge(hosting_type: "self", version: Utils::VersionService.new.version.number)
    )
  end
end
