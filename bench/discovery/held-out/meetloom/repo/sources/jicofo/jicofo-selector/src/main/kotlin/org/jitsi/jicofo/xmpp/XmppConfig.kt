/*
 * Jicofo, the Jitsi Conference Focus.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 */
package org.jitsi.jicofo.xmpp

import org.jitsi.config.JitsiConfig.Companion.newConfig
import org.jitsi.metaconfig.config
import org.jitsi.metaconfig.optionalconfig
import org.jxmpp.jid.DomainBareJid
import org.jxmpp.jid.impl.JidCreate
import java.time.Duration

class XmppConfig private constructor() {
    val trustedDomains: List<DomainBareJid> by config {
        "jicofo.xmpp.trusted-domains".from(newConfig)
            .convertFrom<List<String>> { l -> l.map { JidCreate.domainBareFrom(it) } }
    }

    val useJitsiJidValidation: Boolean by config {
        "jicofo.xmpp.use-jitsi-jid-validation".from(newConfig)
    }

    companion object {
        @JvmField
        val service = XmppConnectionConfig(XmppConnectionEnum.Service)

        @JvmField
        val client = XmppConnectionConfig(XmppConnectionEnum.Client)

        @JvmField
        val visitors: Map<String, XmppVisitorConnectionConfig> = VisitorsConfig.connections

        @JvmField
        val config = XmppConfig()
    }
}

/**
 * Configuration for one of jicofo's XMPP connections. In the docker deployment the "client"
 * connection logs in as focus@auth.<domain> on the prosody c2s port (5222).
 */
class XmppConnectionConfig(private val type: XmppConnectionEnum) {
    private val prefix = "jicofo.xmpp.${type.name.lowercase()}"

    val enabled: Boolean by config {
        if (type == XmppConnectionEnum.Service) {
            "$prefix.enabled".from(newConfig)
            "default" { client.enabled }
        } else {
            "default" { true }
        }
    }

    val hostname: String by config {
        "$prefix.hostname".from(newConfig)
    }

    val port: Int by config {
        "$prefix.port".from(newConfig)
    }

    val domain: DomainBareJid by config {
        "$prefix.domain".from(newConfig).convertFrom<String> { JidCreate.domainBareFrom(it) }
    }

    val xmppDomain: DomainBareJid? by optionalconfig {
        "$prefix.xmpp-domain".from(newConfig).convertFrom<String> { JidCreate.domainBareFrom(it) }
    }

    val username: String by config {
        "$prefix.username".from(newConfig)
    }

    val password: String? by optionalconfig {
        "$prefix.password".from(newConfig)
    }

    val replyTimeout: Duration by config {
        "$prefix.reply-timeout".from(newConfig)
    }

    val conferenceMucJid: DomainBareJid by config {
        "$prefix.conference-muc-jid".from(newConfig).convertFrom<String> { JidCreate.domainBareFrom(it) }
        "default" { JidCreate.domainBareFrom("conference.${xmppDomain ?: domain}") }
    }

    val disableCertificateVerification: Boolean by config {
        "$prefix.disable-certificate-verification".from(newConfig)
    }

    val useTls: Boolean by config {
        "$prefix.use-tls".from(newConfig)
    }

    override fun toString(): String =
        "XmppConnectionConfig[name=$type, hostname=$hostname, port=$port, domain=$domain, username=$username]"

    companion object {
        private val client = XmppConnectionConfig(XmppConnectionEnum.Client)
    }
}

enum class XmppConnectionEnum { Client, Service }
