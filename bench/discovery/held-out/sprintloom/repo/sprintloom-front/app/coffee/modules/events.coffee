# Websocket client for sprintloom-events. URL comes from conf.json "eventsUrl".

class EventsService
    @.$inject = ["$window", "$log", "$sprintloomConfig", "$sprintloomAuth", "$timeout"]

    constructor: (@win, @log, @config, @auth, @timeout) ->
        @.subscriptions = {}
        @.missedHeartbeats = 0

    setupConnection: ->
        url = @config.get("eventsUrl")
        return if not url

        # Support relative urls
        if not url.startsWith("ws")
            loc = @win.location
            scheme = if loc.protocol == "https:" then "wss:" else "ws:"
            url = "#{scheme}//#{loc.host}#{url}"

        @.ws = new @win.WebSocket(url)
        @.ws.addEventListener("open", @.onOpen)
        @.ws.addEventListener("message", @.onMessage)
        @.ws.addEventListener("close", @.onClose)

    onOpen: =>
        @.sendMessage({cmd: "auth", data: {token: @auth.getToken()}})
        @.startHeartBeatMessages()

    onMessage: (event) =>
        data = JSON.parse(event.data)
        if data.cmd == "pong"
            @.missedHeartbeats = 0
            return
        handler = @.subscriptions[data.routing_key]
        handler?(data.data)

    onClose: =>
        @timeout((=> @.setupConnection()), @config.get("eventsReconnectTryInterval", 10000))

    startHeartBeatMessages: ->
        interval = @config.get("eventsHeartbeatIntervalTime", 60000)
        @win.setInterval((=> @.sendMessage({cmd: "ping"})), interval)

    subscribe: (scope, routingKey, callback) ->
        @.subscriptions[routingKey] = callback
        @.sendMessage({cmd: "subscribe", routing_key: routingKey})
        scope.$on("$destroy", => @.unsubscribe(routingKey))

    unsubscribe: (routingKey) ->
        delete @.subscriptions[routingKey]
        @.sendMessage({cmd: "unsubscribe", routing_key: routingKey})

    sendMessage: (message) ->
        @.ws?.send(JSON.stringify(message))

module.service("$sprintloomEvents", EventsService)
