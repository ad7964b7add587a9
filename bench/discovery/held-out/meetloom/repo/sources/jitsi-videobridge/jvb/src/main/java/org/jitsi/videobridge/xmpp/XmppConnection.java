/*
 * Copyright @ 2015 - Present, 8x8 Inc
 * Licensed under the Apache License, Version 2.0
 */
package org.jitsi.videobridge.xmpp;

import org.jetbrains.annotations.NotNull;
import org.jitsi.utils.logging2.Logger;
import org.jitsi.utils.logging2.LoggerImpl;
import org.jitsi.videobridge.xmpp.config.XmppClientConnectionConfig;
import org.jitsi.xmpp.extensions.colibri.ColibriStatsExtension;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.health.HealthCheckIQ;
import org.jitsi.xmpp.mucclient.IQListener;
import org.jitsi.xmpp.mucclient.MucClient;
import org.jitsi.xmpp.mucclient.MucClientConfiguration;
import org.jitsi.xmpp.mucclient.MucClientManager;
import org.jivesoftware.smack.packet.IQ;

/**
 * Provides jitsi-videobridge's XMPP interface: logs into the configured XMPP servers with
 * {@link MucClientManager}, joins the brewery MUC and handles colibri2 IQs sent by jicofo.
 */
public class XmppConnection implements IQListener
{
    private static final Logger logger = new LoggerImpl(XmppConnection.class.getName());

    private final MucClientManager mucClientManager
        = new MucClientManager(new String[] {
            ConferenceModifyIQ.ELEMENT,
            HealthCheckIQ.ELEMENT_NAME
        });

    private EventHandler eventHandler;

    public void start(@NotNull EventHandler eventHandler)
    {
        this.eventHandler = eventHandler;
        mucClientManager.setIQListener(this);

        for (MucClientConfiguration config : XmppClientConnectionConfig.config.getClientConfigs())
        {
            logger.info("Adding XMPP client: hostname=" + config.getHostname()
                + " domain=" + config.getDomain() + " mucs=" + config.getMucJids());
            mucClientManager.addMucClient(config);
        }
    }

    public void stop()
    {
        mucClientManager.stop();
    }

    public void setPresenceExtension(ColibriStatsExtension stats)
    {
        mucClientManager.setPresenceExtension(stats);
    }

    @Override
    public IQ handleIq(IQ iq, MucClient mucClient)
    {
        if (iq instanceof ConferenceModifyIQ)
        {
            return eventHandler.colibriConferenceIqReceived((ConferenceModifyIQ) iq);
        }
        else if (iq instanceof HealthCheckIQ)
        {
            return eventHandler.healthCheckIqReceived((HealthCheckIQ) iq);
        }
        logger.warn("Unsupported IQ: " + iq.toXML());
        return IQ.createErrorResponse(iq, org.jivesoftware.smack.packet.StanzaError.Condition.feature_not_implemented);
    }

    public interface EventHandler
    {
        IQ colibriConferenceIqReceived(ConferenceModifyIQ iq);
        IQ healthCheckIqReceived(HealthCheckIQ iq);
    }
}
