// Generates /tmp/widgetry/Caddyfile from the environment and (re)loads Caddy.
// Caddy is the "editor" program in supervisord: it serves the client bundle and reverse-proxies
// the server (port 8080) and RTS (WIDGETRY_RTS_PORT) running in the same container.
import * as fs from "fs";
import { spawnSync } from "child_process";

const CaddyfilePath = process.env.TMP + "/Caddyfile";
const rtsPort = process.env.WIDGETRY_RTS_PORT || "8091";
const customDomain = (process.env.WIDGETRY_CUSTOM_DOMAIN || "").trim();
const isRateLimitingEnabled = process.env.WIDGETRY_RATE_LIMIT !== "disabled";

let certLocation = null;
if (customDomain && fs.existsSync(`/widgetry-stacks/ssl/fullchain.pem`)) {
  certLocation = "/widgetry-stacks/ssl";
}

const parts = [];

parts.push(`
{
  admin 127.0.0.1:2019
  persist_config off
  servers {
    trusted_proxies static 0.0.0.0/0
  }
}

(file_server) {
  file_server {
    precompressed br gzip
  }
}

(reverse_proxy) {
  reverse_proxy {
    to 127.0.0.1:{args[0]}
    header_up -Forwarded
    header_up X-Widgetry-Request-Id {http.request.uuid}
  }
}

(all-config) {
  log {
    output stdout
  }
  skip_log /api/v1/health

  header {
    -Server
    X-Content-Type-Options "nosniff"
    Referrer-Policy "strict-origin-when-cross-origin"
  }

  request_body {
    max_size 150MB
  }

  root * /opt/widgetry/editor
  @file file
  handle @file {
    import file_server
  }

  handle {
    rewrite * /index.html
    import file_server
  }

  handle /static/* {
    error 404
  }

  ${isRateLimitingEnabled ? `rate_limit {
    zone dynamic_zone {
      key {http.request.remote_ip}
      events 100
      window 1s
    }
  }` : ""}

  reverse_proxy /api/* localhost:8080
  reverse_proxy /oauth2/* localhost:8080
  reverse_proxy /login/* localhost:8080
  reverse_proxy /rts/* localhost:${rtsPort}
}

localhost:80 127.0.0.1:80 {
  import all-config
}

${customDomain || ""}:80 {
  import all-config
}
`);

if (certLocation) {
  parts.push(`
https://${customDomain} {
  import all-config
  tls ${certLocation}/fullchain.pem ${certLocation}/privkey.pem
}`);
}

fs.mkdirSync(process.env.TMP, { recursive: true });
fs.writeFileSync(CaddyfilePath, parts.join("\n"));
spawnSync("/opt/caddy/caddy", ["fmt", "--overwrite", CaddyfilePath]);

if (process.argv.includes("--reload")) {
  spawnSync("/opt/caddy/caddy", ["reload", "--config", CaddyfilePath]);
}
