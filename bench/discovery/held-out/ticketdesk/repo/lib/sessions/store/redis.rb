# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class Sessions::Store::Redis
  SESSIONS_KEY = 'sessions'.freeze
  MESSAGES_KEY = 'messages'.freeze
  SPOOL_KEY = 'spool'.freeze
  NODES_KEY = 'nodes'.freeze

  def initialize
    @redis = Zammad::Service::Redis.new
  end

  def create(client_id, data)
    @redis.set client_session_key(client_id), data
    @redis.sadd? SESSIONS_KEY, client_id
  end

  def sessions
    @redis.smembers SESSIONS_KEY
  end

  def session_exists?(client_id)
    @redis.sismember SESSIONS_KEY, client_id
  end

  def destroy(client_id)
    @redis.srem? SESSIONS_KEY, client_id
    @redis.del client_session_key(client_id)
    @redis.del client_messages_key(client_id)
  end

  def set(client_id, data)
    @redis.set client_session_key(client_id), data.to_json
  end

  def get(client_id)
    data = nil
    session = @redis.get client_session_key(client_id)
    data = JSON.parse(session, symbolize_names: true) if session.present?
    data
  end

  def send_data(client_id, data)
    @redis.rpush(client_messages_key(client_id), data.to_json).positive?
  end

  def queue(client_id)
    data = []
    while (item = @redis.lpop(client_messages_key(client_id)))
      data.push JSON.parse(item)
    end
    data
  end

  def add_to_spool(data)
    @redis.rpush SPOOL_KEY, data.to_json
  end

  def each_spool
    @redis.lrange(SPOOL_KEY, 0, -1).each do |message|
      yield message, nil
    end
  end

  def destroy_idle_sessions(idle_time_in_sec = 240)
    list_of_closed_sessions = []
    clients = sessions
    clients.each do |client_id|
      data = get(client_id)
      next if data && data[:meta] && data[:meta][:last_ping] && data[:meta][:last_ping].to_i + idle_time_in_sec >= Time.now.utc.to_i

      list_of_closed_sessions.push client_id
      destroy(client_id)
    end
    list_of_closed_sessions
  end

  def cleanup
    clear_spool
    @redis.del SESSIONS_KEY, NODES_KEY
    true
  end

  def clear_spool
    @redis.del SPOOL_KEY
  end

  protected

  def client_session_key(client_id)
    "#{SESSIONS_KEY}/#{client_id}"
  end

  def client_messages_key(client_id)
    "#{MESSAGES_KEY}/#{client_id}"
  end
end
