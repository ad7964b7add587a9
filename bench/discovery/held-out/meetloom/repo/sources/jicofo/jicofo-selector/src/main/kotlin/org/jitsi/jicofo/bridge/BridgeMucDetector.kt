/*
 * Jicofo, the Jitsi Conference Focus.
 */
package org.jitsi.jicofo.bridge

import org.jitsi.jicofo.xmpp.XmppProvider
import org.jitsi.utils.logging2.createLogger
import org.jitsi.xmpp.extensions.colibri.ColibriStatsExtension
import org.jivesoftware.smack.packet.Presence
import org.jivesoftware.smackx.muc.MultiUserChat
import org.jivesoftware.smackx.muc.ParticipantStatusListener
import org.jxmpp.jid.EntityBareJid
import org.jxmpp.jid.EntityFullJid
import org.jxmpp.jid.parts.Resourcepart

/** Joins the jvb brewery room and tracks bridges by their presence. */
class BridgeMucDetector(
    private val xmppProvider: XmppProvider,
    private val bridgeSelector: BridgeSelector,
    private val breweryJid: EntityBareJid
) {
    private val logger = createLogger()
    private var muc: MultiUserChat? = null

    fun start() {
        val chat = xmppProvider.mucManager().getMultiUserChat(breweryJid)
        chat.addParticipantListener { presence: Presence -> onPresence(presence) }
        chat.addParticipantStatusListener(object : ParticipantStatusListener {
            override fun left(participant: EntityFullJid) {
                bridgeSelector.removeJvbAddress(participant)
            }
        })
        chat.join(Resourcepart.from("focus"))
        muc = chat
        logger.info("Joined bridge brewery $breweryJid")
    }

    private fun onPresence(presence: Presence) {
        val stats = presence.getExtension(ColibriStatsExtension::class.java) ?: return
        val jid = presence.from.asEntityFullJidIfPossible() ?: return
        bridgeSelector.addJvbAddress(jid, stats)
    }

    fun stop() {
        muc?.leave()
    }
}
