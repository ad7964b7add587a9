# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class BackgroundServices
  class Service
    class ProcessScheduledJobs < Service
      SLEEP_AFTER_LOOP = 10.seconds

      attr_reader :jobs_started

      def initialize
        super
        @jobs_started = Concurrent::Hash.new
      end

      def self.pre_run
        ::Scheduler.cleanup
      end

      def run
        loop do
          break if BackgroundServices.shutdown_requested

          ::Scheduler.where(active: true).order(prio: :asc).each do |job|
            next if jobs_started[job.id]&.alive?
            next if job.last_run && job.period && job.last_run > (Time.zone.now - job.period)

            jobs_started[job.id] = start_job(job)
          end

          sleep SLEEP_AFTER_LOOP
        end
      end

      private

      def start_job(job)
        Thread.new do
          Rails.application.executor.wrap do
            job.update!(last_run: Time.zone.now, pid: Thread.current.object_id)
            Rails.logger.info "execute #{job.method} (try_count 0)..."
            eval job.method # rubocop:disable Security/Eval
            job.update!(status: 'ok', error_message: '')
          rescue => e
            Rails.logger.error "execute #{job.method} failed: #{e.message}"
            job.update!(status: 'error', error_message: e.message)
          end
        end
      end
    end
  end
end
