import { Identify } from '@amplitude/analytics-core';

import logger from '../logger';

import AbstractHandler, { IEvent } from './AbstractHandler';
import { fixDeviceID } from './amplitude/fixDeviceID';
import amplitude, { initAmplitude } from './amplitude/lib';

/**
 * Analytics handler for Amplitude. Only loaded when config.analytics.amplitudeAPPKey is set.
 */
export default class AmplitudeHandler extends AbstractHandler {
    /**
     * Creates new instance of the Amplitude analytics handler.
     *
     * @param {Object} options - The amplitude options.
     * @param {string} options.amplitudeAPPKey - The Amplitude app key required by the Amplitude API
     * in the Amplitude events.
     */
    constructor(options: any) {
        super(options);

        const {
            amplitudeAPPKey,
            user
        } = options;

        this._enabled = true;

        initAmplitude(amplitudeAPPKey, user);
    }

    /**
     * Sets the Amplitude user properties.
     *
     * @param {Object} userProps - The user properties.
     * @returns {void}
     */
    setUserProperties(userProps: any) {
        if (this._enabled) {
            const identify = new Identify();

            Object.keys(userProps).forEach(prop => {
                identify.set(prop, userProps[prop]);
            });

            amplitude.identify(identify);
        }
    }

    /**
     * Sends an event to Amplitude.
     *
     * @param {Object} event - The event to send.
     * @returns {void}
     */
    sendEvent(event: IEvent) {
        if (this._shouldIgnore(event)) {
            return;
        }
        const eventName = this._extractName(event) ?? '';

        amplitude.track(eventName, event);
        logger.debug(`Sent amplitude event ${eventName}`);
    }

    /**
     * Return amplitude identity information.
     *
     * @returns {Object}
     */
    getIdentityProps() {
        fixDeviceID(amplitude);

        return {
            sessionId: amplitude.getSessionId(),
            deviceId: amplitude.getDeviceId(),
            userId: amplitude.getUserId()
        };
    }
}
