{{- define "hoglytics.fullname" -}}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "hoglytics.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag }}
{{- end -}}

{{/* Postgres connection, shared by every Django role and the plugin-server */}}
{{- define "snippet.postgresql-env" }}
- name: POSTHOG_POSTGRES_HOST
  value: {{ .Values.externalPostgresql.host | quote }}
- name: POSTHOG_POSTGRES_PORT
  value: {{ .Values.externalPostgresql.port | quote }}
- name: POSTHOG_DB_NAME
  value: {{ .Values.externalPostgresql.database | quote }}
- name: POSTHOG_DB_USER
  value: {{ .Values.externalPostgresql.user | quote }}
- name: POSTHOG_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.externalPostgresql.existingSecret }}
      key: {{ .Values.externalPostgresql.existingSecretPasswordKey }}
{{- end }}

{{- define "snippet.redis-env" }}
- name: POSTHOG_REDIS_HOST
  value: {{ .Values.externalRedis.host | quote }}
- name: POSTHOG_REDIS_PORT
  value: {{ .Values.externalRedis.port | quote }}
{{- end }}

{{- define "snippet.clickhouse-env" }}
- name: CLICKHOUSE_HOST
  value: {{ .Values.clickhouse.host | quote }}
- name: CLICKHOUSE_DATABASE
  value: {{ .Values.clickhouse.database | quote }}
- name: CLICKHOUSE_CLUSTER
  value: {{ .Values.clickhouse.cluster | quote }}
- name: CLICKHOUSE_SECURE
  value: {{ .Values.clickhouse.secure | quote }}
{{- end }}

{{- define "snippet.kafka-env" }}
- name: KAFKA_HOSTS
  value: {{ join "," .Values.externalKafka.brokers | quote }}
- name: KAFKA_URL
  value: {{ printf "kafka://%s" (join ",kafka://" .Values.externalKafka.brokers) | quote }}
- name: KAFKA_URL_FOR_CLICKHOUSE
  value: {{ join "," .Values.externalKafka.brokersForClickhouse | quote }}
{{- end }}

{{- define "snippet.objectstorage-env" }}
- name: OBJECT_STORAGE_ENABLED
  value: "true"
- name: OBJECT_STORAGE_ENDPOINT
  value: {{ .Values.minio.endpoint | quote }}
- name: OBJECT_STORAGE_BUCKET
  value: {{ .Values.minio.bucket | quote }}
- name: OBJECT_STORAGE_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ .Values.minio.existingSecret }}
      key: root-user
- name: OBJECT_STORAGE_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.minio.existingSecret }}
      key: root-password
{{- end }}

{{- define "snippet.django-env" }}
- name: SITE_URL
  value: {{ printf "https://%s" .Values.ingress.hostname | quote }}
- name: SECRET_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "hoglytics.fullname" . }}
      key: hoglytics-secret
- name: SENTRY_DSN
  value: {{ .Values.sentryDSN | quote }}
- name: PLUGIN_SERVER_API_URL
  value: {{ printf "http://%s-plugins-async:6738" (include "hoglytics.fullname" .) | quote }}
{{- include "snippet.postgresql-env" . }}
{{- include "snippet.redis-env" . }}
{{- include "snippet.clickhouse-env" . }}
{{- include "snippet.kafka-env" . }}
{{- include "snippet.objectstorage-env" . }}
{{- end }}
