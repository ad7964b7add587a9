/*
 * Copyright @ 2019 - present 8x8, Inc.
 */
package org.jitsi.videobridge.websocket.config

import org.jitsi.config.JitsiConfig
import org.jitsi.metaconfig.config
import org.jitsi.metaconfig.optionalconfig

/**
 * Colibri web sockets: the bridge advertises wss://<domain>/colibri-ws/<server-id>/... to
 * endpoints; the public http server (port 9090) terminates them behind the web proxy.
 */
class WebsocketServiceConfig private constructor() {
    val enabled: Boolean by config {
        "videobridge.websockets.enabled".from(JitsiConfig.newConfig)
    }

    private val domains: List<String> by config {
        "videobridge.websockets.domains".from(JitsiConfig.newConfig)
        "videobridge.websockets.domain".from(JitsiConfig.newConfig).convertFrom<String> { listOf(it) }
    }

    val useTls: Boolean? by optionalconfig {
        "videobridge.websockets.tls".from(JitsiConfig.newConfig)
    }

    val serverId: String by config {
        "videobridge.websockets.server-id".from(JitsiConfig.newConfig)
    }

    fun baseUrls(): List<String> {
        val proto = if (useTls == false) "ws" else "wss"
        return domains.map { "$proto://$it/colibri-ws/$serverId/" }
    }

    companion object {
        @JvmField
        val config = WebsocketServiceConfig()
    }
}
