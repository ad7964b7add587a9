/*
 * Jicofo, the Jitsi Conference Focus.
 */
package org.jitsi.jicofo.bridge

import org.jitsi.config.JitsiConfig.Companion.newConfig
import org.jitsi.jicofo.xmpp.XmppConnectionEnum
import org.jitsi.metaconfig.config
import org.jitsi.metaconfig.optionalconfig
import org.jxmpp.jid.EntityBareJid
import org.jxmpp.jid.impl.JidCreate
import java.time.Duration

/**
 * Bridges are discovered through a "brewery" MUC on the XMPP server: every videobridge joins
 * the room and publishes its stats in presence. Colibri2 requests are then sent as IQs over
 * the same XMPP connection (relayed by prosody).
 */
class BridgeConfig private constructor() {
    val maxBridgeParticipants: Int by config {
        "jicofo.bridge.max-bridge-participants".from(newConfig)
    }

    val breweryJid: EntityBareJid? by optionalconfig {
        "jicofo.bridge.brewery-jid".from(newConfig).convertFrom<String> { JidCreate.entityBareFrom(it) }
    }

    val xmppConnectionName: XmppConnectionEnum by config {
        "jicofo.bridge.xmpp-connection-name".from(newConfig)
    }

    val healthChecksEnabled: Boolean by config {
        "jicofo.bridge.health-checks.enabled".from(newConfig)
    }

    val healthChecksInterval: Duration by config {
        "jicofo.bridge.health-checks.interval".from(newConfig)
    }

    val selectionStrategy: String by config {
        "jicofo.bridge.selection-strategy".from(newConfig)
    }

    companion object {
        @JvmField
        val config = BridgeConfig()
    }
}
