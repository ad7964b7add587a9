# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class BackgroundServices
  class Service
    class ProcessSessionsJobs < Service
      def self.pre_run
        Sessions.cleanup
      end

      def run
        Sessions.each_spool_message do |message|
          Sessions.send_to(message['user_id'], message['msg'])
        end
        Sessions.sessions.each do |client_id|
          session = Sessions.get(client_id)
          next if !session || session[:user].blank?

          Sessions::Backend::TicketOverviewList.new(session[:user], {}, client_id).push
        end
        sleep 1
      end
    end
  end
end
