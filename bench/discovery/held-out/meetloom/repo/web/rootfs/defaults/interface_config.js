/* eslint-disable no-unused-vars, no-var, max-len */
var interfaceConfig = {
    APP_NAME: 'Meetloom',
    AUDIO_LEVEL_PRIMARY_COLOR: 'rgba(255,255,255,0.4)',
    DEFAULT_BACKGROUND: '#040404',
    DEFAULT_LOCAL_DISPLAY_NAME: 'me',
    DEFAULT_REMOTE_DISPLAY_NAME: 'Fellow Meetloomer',
    DISABLE_JOIN_LEAVE_NOTIFICATIONS: false,
    FILM_STRIP_MAX_HEIGHT: 120,
    JITSI_WATERMARK_LINK: 'https://meetloom.example.org',
    MOBILE_APP_PROMO: true,
    PROVIDER_NAME: 'Meetloom',
    SHOW_JITSI_WATERMARK: true,
    SUPPORT_URL: 'https://community.meetloom.example.org/',
    TOOLBAR_ALWAYS_VISIBLE: false,
    VIDEO_LAYOUT_FIT: 'both'
};
