# frozen_string_literal: true

class CreateEventsEnrichedMv < ActiveRecord::Migration[7.1]
  def change
    sql = <<-SQL
      SELECT
        organization_id,
        external_subscription_id,
        code,
        toDateTime64(timestamp, 3) AS timestamp,
        transaction_id,
        JSONExtract(properties, 'Map(String, String)') AS properties,
        value,
        toDecimal128OrNull(precise_total_amount_cents, 15) AS precise_total_amount_cents
      FROM events_enriched_queue
    SQL

    create_view :events_enriched_mv, materialized: true, as: sql, to: "events_enriched"
  end
end
