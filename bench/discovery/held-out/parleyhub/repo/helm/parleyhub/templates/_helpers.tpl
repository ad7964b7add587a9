{{/*
Expand the name of the chart.
*/}}
{{- define "parleyhub.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "parleyhub.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "parleyhub.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "parleyhub.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "parleyhub.selectorLabels" -}}
app.kubernetes.io/name: {{ include "parleyhub.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Environment for the parleyhub container: backing-service hostnames are the
bitnami subchart Service names; the rest comes from .Values.parleyhub.environment.
*/}}
{{- define "parleyhub.env" -}}
- name: DB_HOST
  value: "{{ template "postgresql.v1.primary.fullname" .Subcharts.postgresql }}"
- name: DB_HOST_PORT
  value: "5432"
- name: DB_USER
  value: "{{ .Values.postgresql.auth.username }}"
- name: SETTING_MEMCACHED_LOCATION
  value: "{{ template "common.names.fullname" .Subcharts.memcached }}:11211"
- name: SETTING_RABBITMQ_HOST
  value: "{{ template "common.names.fullname" .Subcharts.rabbitmq }}"
- name: SETTING_REDIS_HOST
  value: "{{ template "common.names.fullname" .Subcharts.redis }}-master"
- name: SECRETS_rabbitmq_password
  valueFrom:
    secretKeyRef:
      name: {{ include "parleyhub.fullname" . }}
      key: rabbitmq-password
- name: SECRETS_postgres_password
  valueFrom:
    secretKeyRef:
      name: {{ include "parleyhub.fullname" . }}
      key: postgres-password
- name: SECRETS_memcached_password
  value: "{{ .Values.memcached.memcachedPassword }}"
- name: SECRETS_redis_password
  value: "{{ .Values.redis.auth.password }}"
- name: PARLEYHUB_RUN_POST_SETUP_SCRIPTS
  value: "{{ .Values.parleyhub.runPostSetupScripts }}"
{{- range $key, $value := .Values.parleyhub.environment }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
