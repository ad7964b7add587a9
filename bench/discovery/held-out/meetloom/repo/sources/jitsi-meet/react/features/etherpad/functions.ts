import { IReduxState } from '../app/types';

/**
 * Returns the etherpad base URL from config (config.etherpad_base). Only set when the
 * etherpad overlay is deployed and ETHERPAD_URL_BASE/ETHERPAD_PUBLIC_URL are configured.
 *
 * @param {IReduxState} state - The redux state.
 * @returns {string|undefined}
 */
export function getEtherpadBase(state: IReduxState): string | undefined {
    return state['features/base/config'].etherpad_base;
}

/**
 * Builds the shared document URL for a conference.
 *
 * @param {string} base - The etherpad base.
 * @param {string} roomName - The room name.
 * @returns {string}
 */
export function getSharedDocumentUrl(base: string, roomName: string): string {
    return `${base}${encodeURIComponent(roomName)}?showControls=true&showChat=false&userName=`;
}
