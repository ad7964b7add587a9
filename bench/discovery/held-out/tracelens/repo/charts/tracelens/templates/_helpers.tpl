{{- define "tracelens.fullname" -}}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tracelens.labels" -}}
app.kubernetes.io/name: tracelens
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{- define "tracelens.postgresql.hostname" -}}
{{- if .Values.postgresql.deploy -}}
{{ include "tracelens.fullname" . }}-postgresql
{{- else -}}
{{ .Values.postgresql.host }}
{{- end -}}
{{- end -}}

{{- define "tracelens.clickhouse.hostname" -}}
{{- if .Values.clickhouse.deploy -}}
{{ include "tracelens.fullname" . }}-clickhouse
{{- else -}}
{{ .Values.clickhouse.host }}
{{- end -}}
{{- end -}}

{{- define "tracelens.redis.hostname" -}}
{{- if .Values.redis.deploy -}}
{{ include "tracelens.fullname" . }}-redis-primary
{{- else -}}
{{ .Values.redis.host }}
{{- end -}}
{{- end -}}

{{- define "tracelens.s3.endpoint" -}}
{{- if .Values.s3.endpoint -}}
{{ .Values.s3.endpoint }}
{{- else if .Values.s3.deploy -}}
http://{{ include "tracelens.fullname" . }}-s3:9000
{{- end -}}
{{- end -}}

{{/* Env shared by web and worker. */}}
{{- define "tracelens.commonEnv" -}}
- name: NODE_ENV
  value: production
- name: DATABASE_HOST
  value: {{ include "tracelens.postgresql.hostname" . }}:{{ .Values.postgresql.port }}
- name: DATABASE_USERNAME
  value: {{ .Values.postgresql.auth.username | quote }}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: postgres-password
- name: DATABASE_NAME
  value: {{ .Values.postgresql.auth.database | quote }}
{{- with .Values.postgresql.args }}
- name: DATABASE_ARGS
  value: {{ . | quote }}
{{- end }}
- name: SALT
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: salt
- name: ENCRYPTION_KEY
  value: {{ .Values.tracelens.encryptionKey.value | quote }}
- name: CLICKHOUSE_URL
  value: "http://{{ include "tracelens.clickhouse.hostname" . }}:{{ .Values.clickhouse.httpPort }}"
- name: CLICKHOUSE_MIGRATION_URL
  value: "clickhouse://{{ include "tracelens.clickhouse.hostname" . }}:{{ .Values.clickhouse.nativePort }}"
- name: CLICKHOUSE_USER
  value: {{ .Values.clickhouse.auth.username | quote }}
- name: CLICKHOUSE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: clickhouse-password
- name: CLICKHOUSE_CLUSTER_ENABLED
  value: {{ .Values.clickhouse.clusterEnabled | quote }}
{{- if .Values.redis.connectionString }}
- name: REDIS_CONNECTION_STRING
  value: {{ .Values.redis.connectionString | quote }}
{{- else }}
- name: REDIS_HOST
  value: {{ include "tracelens.redis.hostname" . | quote }}
- name: REDIS_PORT
  value: {{ .Values.redis.port | quote }}
- name: REDIS_AUTH
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: redis-password
{{- end }}
- name: TRACELENS_S3_EVENT_UPLOAD_BUCKET
  value: {{ .Values.s3.bucket | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_PREFIX
  value: {{ .Values.s3.eventUpload.prefix | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_REGION
  value: {{ .Values.s3.region | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_ENDPOINT
  value: {{ include "tracelens.s3.endpoint" . | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_FORCE_PATH_STYLE
  value: {{ .Values.s3.forcePathStyle | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_ACCESS_KEY_ID
  value: {{ .Values.s3.accessKeyId.value | quote }}
- name: TRACELENS_S3_EVENT_UPLOAD_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: s3-secret-access-key
- name: TRACELENS_S3_BATCH_EXPORT_ENABLED
  value: {{ .Values.tracelens.features.batchExportEnabled | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_BUCKET
  value: {{ .Values.s3.bucket | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_PREFIX
  value: {{ .Values.s3.batchExport.prefix | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_ENDPOINT
  value: {{ include "tracelens.s3.endpoint" . | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_FORCE_PATH_STYLE
  value: {{ .Values.s3.forcePathStyle | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_ACCESS_KEY_ID
  value: {{ .Values.s3.accessKeyId.value | quote }}
- name: TRACELENS_S3_BATCH_EXPORT_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "tracelens.fullname" . }}-secrets
      key: s3-secret-access-key
- name: NEXTAUTH_URL
  value: {{ .Values.tracelens.nextauth.url | quote }}
- name: SMTP_CONNECTION_URL
  value: {{ .Values.tracelens.smtp.connectionUrl | quote }}
- name: EMAIL_FROM_ADDRESS
  value: {{ .Values.tracelens.smtp.fromAddress | quote }}
- name: TRACELENS_TELEMETRY_ENABLED
  value: {{ .Values.tracelens.telemetryEnabled | quote }}
{{- with .Values.tracelens.otel.endpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- with .Values.tracelens.additionalEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}
