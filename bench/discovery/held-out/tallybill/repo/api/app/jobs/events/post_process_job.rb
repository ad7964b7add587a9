# frozen_string_literal: true

module Events
  class PostProcessJob < ApplicationJob
    queue_as "events"

    def perform(event:)
      Events::PostProcessService.call(event:).raise_if_error!
    end
  end
end
