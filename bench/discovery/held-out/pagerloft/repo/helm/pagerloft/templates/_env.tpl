{{- define "snippet.pagerloft.env" -}}
- name: BASE_URL
  value: {{ .Values.base_url_protocol }}://{{ .Values.base_url }}
- name: SECRET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "pagerloft.fullname" . }}
      key: SECRET_KEY
- name: DJANGO_SETTINGS_MODULE
  value: {{ .Values.engine.settingsModule | quote }}
- name: GRAFANA_API_URL
  value: http://{{ include "pagerloft.grafana.fullname" . }}
- name: PAGERLOFT_CLOUD_API_URL
  value: {{ .Values.pagerloft.cloud.apiUrl | quote }}
- name: PAGERLOFT_CLOUD_NOTIFICATIONS_ENABLED
  value: {{ .Values.pagerloft.cloud.notificationsEnabled | toString | title | quote }}
- name: PAGERLOFT_CLOUD_HEARTBEAT_ENABLED
  value: {{ .Values.pagerloft.cloud.heartbeatEnabled | toString | title | quote }}
- name: FEATURE_PROMETHEUS_EXPORTER_ENABLED
  value: {{ .Values.pagerloft.exporter.enabled | toString | title | quote }}
- name: FEATURE_OTEL_TRACING_ENABLED
  value: {{ .Values.pagerloft.tracing.enabled | toString | quote }}
{{- if .Values.pagerloft.tracing.enabled }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ .Values.pagerloft.tracing.otlpEndpoint | quote }}
{{- end }}
{{- if .Values.sentry.dsn }}
- name: SENTRY_DSN
  value: {{ .Values.sentry.dsn | quote }}
{{- end }}
{{- end }}

{{- define "snippet.pagerloft.slack.env" -}}
- name: FEATURE_SLACK_INTEGRATION_ENABLED
  value: {{ .Values.pagerloft.slack.enabled | toString | title | quote }}
{{- if .Values.pagerloft.slack.enabled }}
- name: SLACK_CLIENT_OAUTH_ID
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.slack.existingSecret }}, key: clientId } }
- name: SLACK_CLIENT_OAUTH_SECRET
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.slack.existingSecret }}, key: clientSecret } }
- name: SLACK_SIGNING_SECRET
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.slack.existingSecret }}, key: signingSecret } }
{{- end }}
{{- end }}

{{- define "snippet.pagerloft.telegram.env" -}}
- name: FEATURE_TELEGRAM_INTEGRATION_ENABLED
  value: {{ .Values.pagerloft.telegram.enabled | toString | title | quote }}
{{- if .Values.pagerloft.telegram.enabled }}
- name: TELEGRAM_TOKEN
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.telegram.existingSecret }}, key: token } }
{{- end }}
{{- end }}

{{- define "snippet.pagerloft.twilio.env" -}}
{{- if .Values.pagerloft.twilio.enabled }}
- name: PHONE_PROVIDER
  value: {{ .Values.pagerloft.twilio.phoneProvider | quote }}
- name: TWILIO_ACCOUNT_SID
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.twilio.existingSecret }}, key: accountSid } }
- name: TWILIO_AUTH_TOKEN
  valueFrom: { secretKeyRef: { name: {{ .Values.pagerloft.twilio.existingSecret }}, key: authToken } }
- name: TWILIO_NUMBER
  value: {{ .Values.pagerloft.twilio.phoneNumber | quote }}
- name: TWILIO_VERIFY_SERVICE_SID
  value: {{ .Values.pagerloft.twilio.verifySid | quote }}
{{- end }}
{{- end }}

{{- define "snippet.pagerloft.smtp.env" -}}
- name: FEATURE_EMAIL_INTEGRATION_ENABLED
  value: {{ .Values.pagerloft.smtp.enabled | toString | title | quote }}
{{- if .Values.pagerloft.smtp.enabled }}
- name: EMAIL_HOST
  value: {{ .Values.pagerloft.smtp.host | quote }}
- name: EMAIL_PORT
  value: {{ .Values.pagerloft.smtp.port | quote }}
- name: EMAIL_HOST_USER
  value: {{ .Values.pagerloft.smtp.username | quote }}
- name: EMAIL_HOST_PASSWORD
  valueFrom: { secretKeyRef: { name: {{ include "pagerloft.fullname" . }}-smtp, key: smtp-password } }
- name: EMAIL_USE_TLS
  value: {{ .Values.pagerloft.smtp.tls | toString | title | quote }}
- name: EMAIL_FROM_ADDRESS
  value: {{ .Values.pagerloft.smtp.fromEmail | quote }}
{{- end }}
{{- end }}

{{- define "snippet.db.env" -}}
- name: DATABASE_TYPE
  value: {{ .Values.database.type | quote }}
{{- if eq .Values.database.type "postgresql" }}
- name: DATABASE_HOST
  value: {{ .Values.externalPostgresql.host | default (include "pagerloft.postgresql.fullname" .) | quote }}
- name: DATABASE_PORT
  value: {{ .Values.externalPostgresql.port | default "5432" | quote }}
- name: DATABASE_NAME
  value: {{ .Values.externalPostgresql.db_name | default .Values.postgresql.auth.database | quote }}
- name: DATABASE_USER
  value: {{ .Values.externalPostgresql.user | default .Values.postgresql.auth.username | quote }}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "pagerloft.postgresql.fullname" . }}
      key: password
{{- else if eq .Values.database.type "mysql" }}
- name: DATABASE_HOST
  value: {{ include "pagerloft.mariadb.fullname" . | quote }}
- name: DATABASE_PORT
  value: "3306"
- name: DATABASE_NAME
  value: {{ .Values.mariadb.auth.database | quote }}
- name: DATABASE_USER
  value: {{ .Values.mariadb.auth.username | quote }}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "pagerloft.mariadb.fullname" . }}
      key: mariadb-password
{{- end }}
{{- end }}

{{- define "snippet.broker.env" -}}
- name: BROKER_TYPE
  value: {{ .Values.broker.type | quote }}
{{- if eq .Values.broker.type "rabbitmq" }}
- name: RABBITMQ_USERNAME
  value: {{ .Values.externalRabbitmq.user | default .Values.rabbitmq.auth.username | quote }}
- name: RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "pagerloft.rabbitmq.fullname" . }}
      key: rabbitmq-password
- name: RABBITMQ_HOST
  value: {{ .Values.externalRabbitmq.host | default (include "pagerloft.rabbitmq.fullname" .) | quote }}
- name: RABBITMQ_PORT
  value: {{ .Values.externalRabbitmq.port | default "5672" | quote }}
- name: RABBITMQ_PROTOCOL
  value: {{ .Values.externalRabbitmq.protocol | default "amqp" | quote }}
- name: RABBITMQ_DEFAULT_VHOST
  value: {{ .Values.externalRabbitmq.vhost | default "" | quote }}
{{- end }}
{{- end }}

{{- define "snippet.redis.env" -}}
- name: REDIS_PROTOCOL
  value: "redis"
- name: REDIS_HOST
  value: {{ .Values.externalRedis.host | default (include "pagerloft.redis.fullname" .) | quote }}
- name: REDIS_PORT
  value: "6379"
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "pagerloft.fullname" . }}-redis
      key: redis-password
{{- end }}
