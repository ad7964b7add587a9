/*
 * Jicofo, the Jitsi Conference Focus.
 */
package org.jitsi.jicofo.xmpp

import org.jitsi.utils.logging2.createLogger
import org.jivesoftware.smack.AbstractXMPPConnection
import org.jivesoftware.smack.ConnectionConfiguration
import org.jivesoftware.smack.ConnectionListener
import org.jivesoftware.smack.ReconnectionManager
import org.jivesoftware.smack.XMPPConnection
import org.jivesoftware.smack.tcp.XMPPTCPConnection
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager
import org.jivesoftware.smackx.muc.MultiUserChatManager
import org.jxmpp.jid.impl.JidCreate
import java.util.concurrent.TimeUnit

/** Maintains an XMPP connection (smack XMPPTCPConnection) to prosody. */
class XmppProvider(val config: XmppConnectionConfig) {
    private val logger = createLogger().apply { addContext("connection", config.toString()) }

    val xmppConnection: AbstractXMPPConnection = createXmppConnection()

    @Volatile
    var registered = false
        private set

    private fun createXmppConnection(): AbstractXMPPConnection {
        val connConfig = XMPPTCPConnectionConfiguration.builder().apply {
            setHost(config.hostname)
            setPort(config.port)
            setXmppDomain(JidCreate.domainBareFrom(config.xmppDomain ?: config.domain))
            setUsernameAndPassword(config.username, config.password)
            setResource("focus")
            if (config.useTls) {
                setSecurityMode(ConnectionConfiguration.SecurityMode.required)
            } else {
                setSecurityMode(ConnectionConfiguration.SecurityMode.disabled)
            }
            if (config.disableCertificateVerification) {
                setCustomX509TrustManager(TrustAllX509TrustManager)
                setHostnameVerifier(TrustAllHostnameVerifier)
            }
        }.build()

        return XMPPTCPConnection(connConfig).apply {
            replyTimeout = config.replyTimeout.toMillis()
            ReconnectionManager.getInstanceFor(this).enableAutomaticReconnection()
            addConnectionListener(object : ConnectionListener {
                override fun authenticated(connection: XMPPConnection, resumed: Boolean) {
                    registered = true
                    logger.info("Registered with ${config.hostname}:${config.port}")
                }

                override fun connectionClosed() {
                    registered = false
                }
            })
            ServiceDiscoveryManager.getInstanceFor(this).addFeature("http://jitsi.org/protocol/focus")
        }
    }

    fun start() {
        logger.info("Connecting to ${config.hostname}:${config.port} as ${config.username}@${config.domain}")
        xmppConnection.connect().login()
    }

    fun mucManager(): MultiUserChatManager = MultiUserChatManager.getInstanceFor(xmppConnection)

    fun shutdown() {
        xmppConnection.disconnect()
        TimeUnit.MILLISECONDS.sleep(100)
    }
}
