// @ts-expect-error
import { jitsiLocalStorage } from '@jitsi/js-utils';

import { IStore } from '../../app/types';
import { getCustomerDetails } from '../../jaas/actions.any';
import { getJaasJWT, isVpaasMeeting } from '../../jaas/functions';
import { showWarningNotification } from '../../notifications/actions';
import { NOTIFICATION_TIMEOUT_TYPE } from '../../notifications/constants';
import { stopLocalVideoRecording } from '../../recording/actions.any';
import LocalRecordingManager from '../../recording/components/Recording/LocalRecordingManager.web';
import { setJWT } from '../jwt/actions';
import JitsiMeetJS, { JitsiConnectionEvents } from '../lib-jitsi-meet';

import { _connectInternal } from './actions.any';
import logger from './logger';

export * from './actions.any';

/**
 * Opens new connection. The XMPP connection goes to the BOSH / WebSocket URLs from config.js
 * (config.bosh / config.websocket), which the web container proxies to prosody.
 *
 * @param {string} [id] - The XMPP user's ID (e.g. {@code user@server.com}).
 * @param {string} [password] - The XMPP user's password.
 * @returns {Function}
 */
export function connect(id?: string, password?: string) {
    return (dispatch: IStore['dispatch'], getState: IStore['getState']) => {
        const state = getState();
        const { jwt } = state['features/base/jwt'];
        const { iAmRecorder, iAmSipGateway } = state['features/base/config'];

        if (!iAmRecorder && !iAmSipGateway && isVpaasMeeting(state)) {
            return dispatch(getCustomerDetails())
                .then(() => {
                    if (!jwt) {
                        return getJaasJWT(state);
                    }
                })
                .then(j => {
                    j && dispatch(setJWT(j));

                    return dispatch(_connectInternal(id, password));
                });
        }

        return dispatch(_connectInternal(id, password));
    };
}

/**
 * Closes connection.
 *
 * @param {boolean} isRedirect - Indicates if the action has been dispatched as part of visitor promotion.
 * @returns {Function}
 */
export function hangup(isRedirect?: boolean) {
    // XXX For web based version we use conference hanging up logic from the old app.
    return async (dispatch: IStore['dispatch']) => {
        if (LocalRecordingManager.isRecordingLocally()) {
            dispatch(stopLocalVideoRecording());
            dispatch(showWarningNotification({
                titleKey: 'localRecording.stopping',
                descriptionKey: 'localRecording.wait'
            }, NOTIFICATION_TIMEOUT_TYPE.STICKY));

            // wait 1000ms for the recording to end
            await new Promise(res => setTimeout(res, 1000));
        }

        jitsiLocalStorage.removeItem('xmpp_conference_password_override');

        return APP.conference.hangup(isRedirect);
    };
}

/**
 * Builds the lib-jitsi-meet connection options from config.js.
 *
 * @param {Object} config - The config.
 * @returns {Object}
 */
export function constructOptions(config: any) {
    const options = { ...config };
    const { bosh, websocket, preferBosh } = config;

    if (websocket && !preferBosh) {
        options.serviceUrl = websocket;
    } else if (bosh) {
        options.serviceUrl = bosh.startsWith('//') ? `${window.location.protocol}${bosh}` : bosh;
    }

    logger.info(`Using XMPP service URL ${options.serviceUrl}`);

    return options;
}

/**
 * Creates the lib-jitsi-meet connection.
 *
 * @param {Object} config - The config.
 * @param {string} [jwt] - The JWT.
 * @returns {JitsiConnection}
 */
export function createConnection(config: any, jwt?: string) {
    const connection = new JitsiMeetJS.JitsiConnection(null, jwt, constructOptions(config));

    connection.addEventListener(JitsiConnectionEvents.CONNECTION_FAILED,
        (err: string) => logger.error('XMPP connection failed', err));

    return connection;
}
