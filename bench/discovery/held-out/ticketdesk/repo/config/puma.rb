# frozen_string_literal: true

threads_count_min = Integer(ENV.fetch('MIN_THREADS', 5))
threads_count_max = Integer(ENV.fetch('MAX_THREADS', 30))
threads threads_count_min, threads_count_max

environment ENV.fetch('RAILS_ENV', 'development')

workers Integer(ENV.fetch('WEB_CONCURRENCY', 0))

preload_app! if Integer(ENV.fetch('WEB_CONCURRENCY', 0)).positive?

on_worker_boot do
  ActiveSupport.on_load(:active_record) do
    ActiveRecord::Base.establish_connection
  end
end
