package config

import "testing"

func TestEnvKey(t *testing.T) {
	cases := map[string]string{
		"TRACEWELL_SQLSTORE_SQLITE_PATH":          "sqlstore.sqlite.path",
		"TRACEWELL_TELEMETRYSTORE_CLICKHOUSE_DSN": "telemetrystore.clickhouse.dsn",
		"TRACEWELL_EMAILING_SMTP_ADDRESS":         "emailing.smtp.address",
		"TRACEWELL_ALERTMANAGER_URL":              "alertmanager.url",
		"TRACEWELL_WEB_PRIVATE_ADDRESS":           "web.private_address",
	}
	for in, want := range cases {
		if got := envKey(in); got != want {
			t.Errorf("envKey(%q) = %q, want %q", in, got, want)
		}
	}
}
