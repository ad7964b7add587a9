# frozen_string_literal: true

# Anonymous product analytics. Opt out with TALLYBILL_DISABLE_SEGMENT=true.
SEGMENT_CLIENT = Segment::Analytics.new(
  write_key: ENV.fetch("SEGMENT_WRITE_KEY", "placeholder-segment-key"),
  on_error: proc { |_status, msg| Rails.logger.debug(msg) },
  stub: ENV["TALLYBILL_DISABLE_SEGMENT"] == "true" || !Rails.env.production?
)
