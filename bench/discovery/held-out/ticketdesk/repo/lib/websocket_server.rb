# Copyright (C) 2012-2024 Zammad Foundation, https://zammad-foundation.org/

class WebsocketServer
  cattr_reader :clients, :options

  def self.run(options)
    @options = options
    @clients = {}

    Rails.configuration.interface = 'websocket'
    EventMachine.run do
      EventMachine::WebSocket.start(host: @options[:b], port: @options[:p], secure: @options[:s]) do |ws|
        ws.onopen { |handshake| onopen(ws, handshake) }
        ws.onclose { onclose(ws) }
        ws.onmessage { |msg| onmessage(ws, msg) }
      end

      EventMachine.add_periodic_timer(3) { check_unused_connections }
      EventMachine.add_periodic_timer(0.4) { send_to_client }
      EventMachine.add_periodic_timer(20) { log_status }
    end
  end

  def self.onopen(websocket, handshake)
    headers = handshake.headers
    client_id = websocket.object_id.to_s
    remote_ip = headers['X-Forwarded-For'] || websocket.get_peername[4..] if websocket.get_peername

    log 'info', 'client connected.', client_id
    Sessions.create(client_id, {}, { type: 'websocket' })

    @clients[client_id] = {
      websocket:   websocket,
      last_ping:   Time.now.utc.to_i,
      error_count: 0,
      headers:     headers,
      remote_ip:   remote_ip,
    }
  end

  def self.onclose(websocket)
    client_id = websocket.object_id.to_s
    log 'info', 'client disconnected.', client_id
    Sessions.destroy(client_id)
    @clients.delete(client_id)
  end

  def self.onmessage(websocket, msg)
    client_id = websocket.object_id.to_s
    data = JSON.parse(msg)

    case data['event']
    when 'login'
      # validate the session cookie against the sessions table
      session = ActiveRecord::SessionStore::Session.find_by(session_id: data['session_id'])
      user_id = session&.data&.dig('user_id')
      return websocket_send(client_id, { event: 'ws:login', data: { success: false } }) if !user_id

      user = User.lookup(id: user_id)
      Sessions.create(client_id, user.attributes.slice('id', 'login'), { type: 'websocket' })
      websocket_send(client_id, { event: 'ws:login', data: { success: true } })
    when 'ping'
      @clients[client_id][:last_ping] = Time.now.utc.to_i
      Sessions.touch(client_id)
      websocket_send(client_id, { event: 'pong' })
    when 'broadcast'
      Sessions.broadcast(data['data'], data['recipient'], client_id)
    end
  rescue JSON::ParserError => e
    log 'error', "can't parse message: #{msg}, #{e.inspect}", client_id
  end

  def self.send_to_client
    @clients.each do |client_id, client|
      queue = Sessions.queue(client_id)
      next if queue.blank?

      queue.each { |item| websocket_send(client_id, item) }
    rescue => e
      log 'error', "problem: #{e.inspect}", client_id
      client[:error_count] += 1
    end
  end

  def self.check_unused_connections
    idle_time_in_sec = 4 * 60
    @clients.each do |client_id, client|
      next if (client[:last_ping].to_i + idle_time_in_sec) >= Time.now.utc.to_i

      log 'info', 'closing idle websocket connection', client_id
      client[:websocket].close
    end
    Sessions.destroy_idle_sessions(idle_time_in_sec)
  end

  def self.log_status
    Rails.cache.write('websocket_server_status', { clients: @clients.size, at: Time.now.utc.iso8601 })
  end

  def self.websocket_send(client_id, data)
    msg = data.is_a?(Array) ? data.to_json : "[#{data.to_json}]"
    @clients[client_id][:websocket].send(msg)
  end

  def self.log(level, data, client_id = '-')
    Rails.logger.send(level, "#{Time.now.utc.iso8601}:client(#{client_id}) #{data}")
  end
end
