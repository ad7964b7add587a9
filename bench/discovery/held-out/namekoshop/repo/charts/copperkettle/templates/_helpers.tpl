{{/* vim: set filetype=mustache: */}}

{{- define "copperkettle.labels" -}}
app.kubernetes.io/part-of: copperkettle
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "copperkettle.image" -}}
{{ .root.Values.global.image.registry }}/{{ .name }}:{{ .root.Values.global.image.tag }}
{{- end -}}

{{- define "copperkettle.rabbitHost" -}}
{{- if .Values.rabbitmq.enabled -}}
{{ .Release.Name }}-rabbitmq
{{- else -}}
{{ required "external.rabbitHost is required when rabbitmq.enabled=false" .Values.external.rabbitHost }}
{{- end -}}
{{- end -}}

{{- define "copperkettle.dbHost" -}}
{{- if .Values.postgresql.enabled -}}
{{ .Release.Name }}-postgresql
{{- else -}}
{{ required "external.dbHost is required when postgresql.enabled=false" .Values.external.dbHost }}
{{- end -}}
{{- end -}}

{{- define "copperkettle.redisHost" -}}
{{- if .Values.redis.enabled -}}
{{ .Release.Name }}-redis-master
{{- else -}}
{{ required "external.redisHost is required when redis.enabled=false" .Values.external.redisHost }}
{{- end -}}
{{- end -}}

{{/* Env shared by every nameko service: broker + tracing */}}
{{- define "copperkettle.namekoEnv" -}}
- name: RABBIT_HOST
  value: {{ include "copperkettle.rabbitHost" . | quote }}
- name: RABBIT_PORT
  value: "5672"
- name: RABBIT_USER
  value: {{ .Values.rabbitmq.auth.username | quote }}
- name: RABBIT_PASSWORD
  valueFrom:
    secretKeyRef:
      name: copperkettle-rabbitmq
      key: rabbitmq-password
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
{{- if .Values.tracing.enabled }}
- name: ZIPKIN_URL
  value: {{ .Values.tracing.zipkinUrl | quote }}
{{- end }}
{{- end -}}

{{- define "copperkettle.probes" -}}
livenessProbe:
  tcpSocket:
    port: 8000
  initialDelaySeconds: 20
  periodSeconds: 15
readinessProbe:
  tcpSocket:
    port: 8000
  initialDelaySeconds: 5
{{- end -}}
