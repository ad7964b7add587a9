{{ $ENABLE_RECORDING := .Env.ENABLE_RECORDING | default "false" | toBool -}}
{{ $ENABLE_P2P := .Env.ENABLE_P2P | default "true" | toBool -}}
{{ $ENABLE_PREJOIN_PAGE := .Env.ENABLE_PREJOIN_PAGE | default "true" | toBool -}}
{{ $ENABLE_CALENDAR := .Env.ENABLE_CALENDAR | default "false" | toBool -}}
{{ $WHITEBOARD_ENABLED := .Env.WHITEBOARD_ENABLED | default "false" | toBool -}}

// Meetloom settings configuration.

config.p2p.enabled = {{ $ENABLE_P2P }};
config.prejoinConfig.enabled = {{ $ENABLE_PREJOIN_PAGE }};
config.enableCalendarIntegration = {{ $ENABLE_CALENDAR }};

{{ if $ENABLE_RECORDING -}}
config.recordingService = {
    enabled: true,
    sharingEnabled: {{ .Env.ENABLE_FILE_RECORDING_SHARING | default "false" | toBool }},
};
config.hiddenDomain = '{{ .Env.XMPP_RECORDER_DOMAIN | default "recorder.meet.jitsi" }}';
{{ end -}}

{{ if .Env.ETHERPAD_PUBLIC_URL -}}
config.etherpad_base = '{{ .Env.ETHERPAD_PUBLIC_URL }}';
{{ else if .Env.ETHERPAD_URL_BASE -}}
config.etherpad_base = new URL('/etherpad/p/', document.baseURI).href;
{{ end -}}

{{ if .Env.AMPLITUDE_ID -}}
config.analytics.amplitudeAPPKey = '{{ .Env.AMPLITUDE_ID }}';
{{ end -}}
{{ if .Env.MATOMO_ENDPOINT -}}
config.analytics.matomoEndpoint = '{{ .Env.MATOMO_ENDPOINT }}';
config.analytics.matomoSiteID = '{{ .Env.MATOMO_SITE_ID }}';
{{ end -}}

{{ if .Env.DROPBOX_APPKEY -}}
config.dropbox = {
    appKey: '{{ .Env.DROPBOX_APPKEY }}',
    redirectURI: '{{ .Env.DROPBOX_REDIRECT_URI }}'
};
{{ end -}}

{{ if $WHITEBOARD_ENABLED -}}
config.whiteboard = {
    enabled: true,
    collabServerBaseUrl: '{{ .Env.WHITEBOARD_COLLAB_SERVER_PUBLIC_URL }}'
};
{{ end -}}
