# frozen_string_literal: true

class FeedInsertWorker
  include Sidekiq::Worker

  def perform(status_id, id, type = 'home', options = {})
    @type      = type.to_sym
    @status    = Status.find(status_id)
    @options   = options.symbolize_keys

    case @type
    when :home
      @follower = Account.find(id)
      FeedManager.instance.push_to_home(@follower, @status, update: @options[:update])
    when :list
      @list     = List.find(id)
      FeedManager.instance.push_to_list(@list, @status, update: @options[:update])
    end
  rescue ActiveRecord::RecordNotFound
    true
  end
end
