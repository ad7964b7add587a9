class App.WebSocket
  _instance = undefined

  @connect: (args) ->
    _instance ?= new _webSocketSingleton
    _instance.connect(args)

  @send: (args) ->
    _instance ?= new _webSocketSingleton
    _instance.send(args)

class _webSocketSingleton extends App.Controller
  queue: []
  connectionEstablished: false

  connect: =>
    protocol = 'ws://'
    protocol = 'wss://' if window.location.protocol is 'https:'
    @ws = new window.WebSocket("#{protocol}#{window.location.host}/ws")

    @ws.onopen = =>
      @connectionEstablished = true
      @send(event: 'login', session_id: App.Config.get('session_id'))
      @_ping()

    @ws.onmessage = (e) =>
      pipe = JSON.parse(e.data)
      for item in pipe
        App.Event.trigger(item.event, item.data)

    @ws.onclose = =>
      @connectionEstablished = false
      @delay(@connect, 5000, 'websocket-reconnect')

  send: (data) =>
    return @queue.push(data) if !@connectionEstablished
    @ws.send(JSON.stringify(data))

  _ping: =>
    @send(event: 'ping')
    @delay(@_ping, 60000, 'websocket-ping')
