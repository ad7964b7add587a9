/*
 * Copyright @ 2018 - present 8x8, Inc.
 * Licensed under the Apache License, Version 2.0
 */
package org.jitsi.videobridge.xmpp.config

import com.typesafe.config.ConfigObject
import org.jitsi.config.JitsiConfig
import org.jitsi.metaconfig.config
import org.jitsi.xmpp.mucclient.MucClientConfiguration

/**
 * Reads `videobridge.apis.xmpp-client.configs`: one entry per XMPP server (shard) that the
 * bridge logs into and whose brewery MUC(s) it joins.
 */
class XmppClientConnectionConfig private constructor() {
    val clientConfigs: List<MucClientConfiguration> by config {
        "videobridge.apis.xmpp-client.configs".from(JitsiConfig.newConfig)
            .convertFrom<ConfigObject> { cfg ->
                cfg.entries
                    .map { it.toMucClientConfiguration() }
                    .filter { it.isComplete }
            }
    }

    val presenceInterval by config {
        "videobridge.apis.xmpp-client.presence-interval".from(JitsiConfig.newConfig)
    }

    private fun Map.Entry<String, com.typesafe.config.ConfigValue>.toMucClientConfiguration(): MucClientConfiguration {
        val config = MucClientConfiguration(key)
        (value as ConfigObject).entries.forEach { (k, v) ->
            config.setProperty(k, v.unwrapped().toString())
        }
        return config
    }

    companion object {
        @JvmField
        val config = XmppClientConnectionConfig()
    }
}
