# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class BackgroundServices
  class Service
    class ProcessDelayedJobs < Service
      SLEEP_IF_EMPTY = 4.seconds

      def run
        loop do
          break if BackgroundServices.shutdown_requested

          result = nil

          realtime = Benchmark.realtime do
            Rails.logger.debug { "#{self.class.name} running..." }
            result = ::Delayed::Worker.new.work_off
          end

          process_results(result, realtime)
        end
      end

      private

      def process_results(result, realtime)
        count = result.sum

        if count.zero?
          interruptible_sleep SLEEP_IF_EMPTY
          Rails.logger.debug { "#{self.class.name} no jobs to process." }
          return
        end

        Rails.logger.debug { "#{self.class.name} jobs processed: #{count} in #{realtime}s" }
      end

      def interruptible_sleep(interval)
        interval.to_i.times { sleep 1 unless BackgroundServices.shutdown_requested }
      end
    end
  end
end
