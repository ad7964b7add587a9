# frozen_string_literal: true

Rails.application.routes.draw do
  root 'init#index', via: %i[get post]

  mount ActionCable.server => '/cable'

  # load routes from external files
  dir = File.expand_path(__dir__)
  files = Dir.glob("#{dir}/routes/*.rb")
  files.each do |file|
    if Rails.configuration.cache_classes
      require_dependency file
    else
      load file
    end
  end
end
