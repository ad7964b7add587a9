# frozen_string_literal: true

module Clickhouse
  class EventsEnriched < BaseRecord
    self.table_name = "events_enriched"
    self.primary_key = nil
  end
end
