{{ $LOG_LEVEL := .Env.LOG_LEVEL | default "info" -}}
{{ $XMPP_PORT := .Env.XMPP_PORT | default "5222" -}}
{{ $ENABLE_XMPP_WEBSOCKET := .Env.ENABLE_XMPP_WEBSOCKET | default "1" | toBool -}}

-- Prosody configuration for the Meetloom XMPP server.

admins = {
    "focus@{{ .Env.XMPP_AUTH_DOMAIN | default "auth.meet.jitsi" }}",
    "{{ .Env.JVB_AUTH_USER | default "jvb" }}@{{ .Env.XMPP_AUTH_DOMAIN | default "auth.meet.jitsi" }}"
}

plugin_paths = { "/prosody-plugins-custom", "/prosody-plugins/" }

http_default_host = "{{ .Env.XMPP_DOMAIN | default "meet.jitsi" }}"

c2s_ports = { {{ $XMPP_PORT }} }
http_ports = { 5280 }
http_interfaces = { "*" }
https_ports = { }

modules_enabled = {
    -- Generally required
        "roster";
        "saslauth";
        "tls";
        "disco";
    -- Not essential, but recommended
        "private";
        "limits";
    -- Nice to have
        "version";
        "uptime";
        "time";
        "ping";
    -- HTTP modules
        "bosh";
        {{ if $ENABLE_XMPP_WEBSOCKET }}"websocket";{{ end }}
        "http_health";
        "http_prometheus"; -- metrics for the optional prometheus overlay
        "posix";
        {{ if .Env.GLOBAL_MODULES }}"{{ join "\";\n\"" (splitList "," .Env.GLOBAL_MODULES) }}";{{ end }}
}

https_ports = { }

consider_bosh_secure = true;
consider_websocket_secure = true;
cross_domain_websocket = true;

limits = {
    c2s = { rate = "10kb/s"; };
    s2sin = { rate = "30kb/s"; };
}

pidfile = "/config/data/prosody.pid";

authentication = "internal_hashed"
storage = "internal"

log = {
    {{ $LOG_LEVEL }} = "*console";
}

data_path = "/config/data"

{{ if .Env.GLOBAL_CONFIG }}
{{ join "\n" (splitList "\\n" .Env.GLOBAL_CONFIG) }}
{{ end }}

Include "conf.d/*.cfg.lua"
