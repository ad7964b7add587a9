# frozen_string_literal: true

module Events
  module Stores
    class ClickhouseStore < BaseStore
      def events(force_from: false)
        Clickhouse::EventsEnriched
          .where(organization_id: subscription.organization_id)
          .where(external_subscription_id: subscription.external_id)
          .where(code:)
          .where(timestamp: from_datetime..to_datetime)
      end

      def sum
        cte_sql = events.select(Arel.sql("toDecimal128(value, #{DECIMAL_SCALE}) AS property")).to_sql
        sql = <<-SQL
          with events as (#{cte_sql})
          select sum(events.property) from events
        SQL

        ::Clickhouse::EventsEnriched.connection.select_value(sql)
      end

      def count
        events.count
      end
    end
  end
end
