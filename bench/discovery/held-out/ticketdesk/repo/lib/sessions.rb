# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

module Sessions

  @store = case Rails.application.config.websocket_session_store
           when :redis then Sessions::Store::Redis.new
           else Sessions::Store::File.new
           end

  # create new session
  def self.create(client_id, session, meta)
    data = {
      user: session,
      meta: meta,
    }
    content = data.to_json
    @store.create(client_id, content)
  end

  def self.sessions
    @store.sessions
  end

  def self.session_exists?(client_id)
    @store.session_exists?(client_id)
  end

  def self.touch(client_id)
    data = get(client_id)
    return false if !data

    data[:meta][:last_ping] = Time.now.utc.to_i
    @store.set(client_id, data)
    true
  end

  def self.get(client_id)
    @store.get(client_id)
  end

  def self.send(client_id, data)
    @store.send_data(client_id, data)
  end

  def self.send_to(user_id, data)
    @store.add_to_spool({ type: 'direct', user_id: user_id, msg: data })
    sessions.each do |client_id|
      session = get(client_id)
      next if session&.dig(:user, 'id') != user_id

      send(client_id, data)
    end
    true
  end

  def self.broadcast(data, recipient = 'authenticated', sender_user_id = nil)
    sessions.each do |client_id|
      session = get(client_id)
      next if !session
      next if recipient != 'public' && session[:user]['id'].blank?
      next if sender_user_id && session[:user]['id'] == sender_user_id

      send(client_id, data)
    end
    ActionCable.server.broadcast('PushMessagesChannel', { recipient: recipient, data: data })
  end

  def self.queue(client_id)
    @store.queue(client_id)
  end

  def self.destroy(client_id)
    @store.destroy(client_id)
  end

  def self.destroy_idle_sessions(idle_time_in_sec = 240)
    @store.destroy_idle_sessions(idle_time_in_sec)
  end

  def self.cleanup
    @store.cleanup
  end
end
