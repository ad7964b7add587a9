# frozen_string_literal: true

module Jobs
  def self.queued
    Sidekiq::Stats.new.enqueued
  end

  def self.enqueue(job_name, opts = {})
    klass = job_name.is_a?(Class) ? job_name : "Jobs::#{job_name.to_s.camelcase}".constantize
    queue = opts.delete(:queue)
    hash = { "class" => klass, "args" => [opts.stringify_keys] }
    hash["queue"] = queue if queue
    Sidekiq::Client.push(hash)
  end

  def self.enqueue_in(secs, job_name, opts = {})
    klass = "Jobs::#{job_name.to_s.camelcase}".constantize
    klass.perform_in(secs, opts.stringify_keys)
  end

  class Base
    include Sidekiq::Worker

    def self.sidekiq_options(opts = {})
      super
    end

    def perform(opts = {})
      execute(opts.with_indifferent_access)
    end

    def execute(opts)
      raise NotImplementedError
    end
  end

  class Scheduled < Base
    extend MiniScheduler::Schedule
  end
end
