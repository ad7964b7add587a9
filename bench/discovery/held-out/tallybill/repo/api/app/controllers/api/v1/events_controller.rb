# frozen_string_literal: true

module Api
  module V1
    class EventsController < Api::BaseController
      def create
        result = ::Events::CreateService.call(
          organization: current_organization,
          params: create_params,
          timestamp: Time.current.to_f,
          metadata: event_metadata
        )

        if result.success?
          render(json: ::V1::EventSerializer.new(result.event, root_name: "event"))
        else
          render_error_response(result)
        end
      end

      def batch
        result = ::Events::CreateBatchService.call(
          organization: current_organization,
          events_params: batch_params,
          timestamp: Time.current.to_f,
          metadata: event_metadata
        )

        if result.success?
          render(json: {events: result.events.map { |e| ::V1::EventSerializer.new(e).serialize }})
        else
          render_error_response(result)
        end
      end

      private

      def create_params
        params.require(:event).permit(:transaction_id, :external_customer_id, :external_subscription_id, :code, :timestamp, :precise_total_amount_cents, properties: {})
      end

      def batch_params
        params.permit(events: [:transaction_id, :external_customer_id, :external_subscription_id, :code, :timestamp, properties: {}]).to_h.deep_symbolize_keys
      end

      def event_metadata
        {user_agent: request.user_agent, ip_address: request.remote_ip}
      end
    end
  end
end
