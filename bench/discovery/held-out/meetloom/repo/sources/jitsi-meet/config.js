/* eslint-disable comma-dangle, no-unused-vars, no-var, prefer-template, vars-on-top */

/*
 * NOTE: If you add a new option please remember to document it here:
 * https://meetloom.example.org/docs/dev-guide/dev-guide-configuration
 */

var subdir = '<!--# echo var="subdir" default="" -->';
var subdomain = '<!--# echo var="subdomain" default="" -->';

if (subdomain) {
    subdomain = subdomain.substr(0, subdomain.length - 1).split('.')
        .join('_')
        .toLowerCase() + '.';
}

// In case of no ssi provided by the webserver, use empty strings
if (subdir.startsWith('<!--')) {
    subdir = '';
}
if (subdomain.startsWith('<!--')) {
    subdomain = '';
}

var enableJaaS = false;

var config = {
    // Connection
    //

    hosts: {
        // XMPP domain.
        domain: 'meet.jitsi',

        // When using authentication, domain for guest users.
        // anonymousdomain: 'guest.example.com',

        // Domain for authenticated users. Defaults to <domain>.
        // authdomain: 'meet.jitsi',

        // Focus component domain. Defaults to focus.<domain>.
        // focus: 'focus.meet.jitsi',

        // XMPP MUC domain. FIXME: use XEP-0030 to discover it.
        muc: 'conference.' + subdomain + 'meet.jitsi',
    },

    // BOSH URL. FIXME: use XEP-0156 to discover it.
    bosh: 'https://meet.jitsi/' + subdir + 'http-bind',

    // Websocket URL (XMPP Websocket module)
    websocket: 'wss://meet.jitsi/' + subdir + 'xmpp-websocket',

    // Whether BOSH should be preferred over WebSocket if both are configured.
    // preferBosh: false,

    // The real JID of focus participant - can be overridden here
    // Do not change username - FIXME: Make focus username configurable
    // https://github.com/jitsi/jitsi-meet/issues/7376
    // focusUserJid: 'focus@auth.meet.jitsi',

    // Options related to the bridge (colibri) data channel
    bridgeChannel: {
        // If the backend advertises multiple colibri websockets, this options allows
        // to filter some of them out based on the domain name.
        // ignoreDomain: 'example.com',

        // Prefer SCTP (WebRTC data channels over the media path) over a colibri websocket.
        // preferSctp: false,
    },

    // Testing / experimental features.
    //

    testing: {
        // Enables experimental simulcast support on Firefox.
        // enableFirefoxSimulcast: false,

        // P2P test mode disables automatic switching to P2P when there are 2
        // participants in the conference.
        p2pTestMode: false,
    },

    // Disables the reactions feature.
    // disableReactions: true,

    // Enabling this will show a "Save Logs" link in the GSM popover that can be
    // used to collect debug information (XMPP IQs, SDP offer/answer cycles)
    // about the call.
    // enableSaveLogs: false,

    // Recording (jibri) is only meaningful when the jibri.yml overlay is deployed.
    // recordingService: {
    //     enabled: false,
    //     sharingEnabled: false,
    // },

    // Enable the dropbox integration.
    // dropbox: {
    //     appKey: '<APP_KEY>', // Specify your app key here.
    //     // A URL to redirect the user to, after authenticating
    //     // by default uses:
    //     // 'https://meet.jitsi/static/oauth.html'
    //     redirectURI:
    //          'https://meet.jitsi/subfolder/static/oauth.html',
    // },

    // Information about the etherpad integration.
    // etherpad_base: 'https://your-etherpad-installati.on/p/',

    // Giphy integration
    // giphy: {
    //     // Whether the feature is enabled or not.
    //     enabled: false,
    //     // SDK API Key from Giphy.
    //     sdkKey: '',
    // },

    // Configure the whiteboard (Excalidraw) collaboration backend.
    // whiteboard: {
    //     enabled: true,
    //     collabServerBaseUrl: 'https://excalidraw-backend.example.com',
    // },

    analytics: {
        // True if the analytics should be disabled
        disabled: true,

        // The Amplitude APP Key:
        // amplitudeAPPKey: '<APP_KEY>',

        // Matomo configuration:
        // matomoEndpoint: 'https://your-matomo-endpoint/',
        // matomoSiteID: '42',

        // Array of script URLs to load as lib-jitsi-meet "analytics handlers".
        // scriptURLs: [
        //      "https://meet.jitsi/libs/analytics-ga.min.js", // google-analytics
        // ],
    },

    // Decides whether the start/stop recording audio notifications should play on record.
    // disableRecordAudioNotification: false,

    // Disables or enables RTX (RFC 4588) (defaults to false).
    // disableRtx: false,

    p2p: {
        // Enables peer to peer mode.
        enabled: true,

        // The STUN servers that will be used in the peer to peer connections
        stunServers: [
            // { urls: 'stun:meet.jitsi:3478' },
            { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' },
        ],
    },

    // Options related to end-to-end (participant to participant) ping.
    // e2eping: {
    //   enabled: false,
    // },

    // Deployment specific URLs.
    // deploymentUrls: {
    //    userDocumentationURL: 'https://docs.example.com/video-meetings.html',
    //    downloadAppsUrl: 'https://docs.example.com/our-apps.html',
    // },
};

// Set the default values for JaaS customers
if (enableJaaS) {
    config.dialInNumbersUrl = 'https://conference-mapper.jitsi.net/v1/access/dids';
    config.dialInConfCodeUrl = 'https://conference-mapper.jitsi.net/v1/access';
    config.roomPasswordNumberOfDigits = 10; // skip re-adding it (do not remove comment)
}
