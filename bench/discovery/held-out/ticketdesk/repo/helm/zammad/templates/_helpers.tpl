{{/*
Expand the name of the chart.
*/}}
{{- define "zammad.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "zammad.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "zammad.labels" -}}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
app.kubernetes.io/name: {{ include "zammad.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
environment variables for the Zammad Rails stack
*/}}
{{- define "zammad.env" -}}
- name: MEMCACHE_SERVERS
  value: "{{ .Values.zammadConfig.memcached.host }}:{{ .Values.zammadConfig.memcached.port }}"
- name: RAILS_TRUSTED_PROXIES
  value: "{{ .Values.zammadConfig.railsserver.trustedProxies }}"
- name: REDIS_URL
  value: "redis://:$(REDIS_PASSWORD)@{{ .Values.zammadConfig.redis.host }}:{{ .Values.zammadConfig.redis.port }}"
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "zammad.fullname" . }}-redis-pass
      key: {{ .Values.secrets.redis.secretKey }}
- name: POSTGRESQL_HOST
  value: "{{ .Values.zammadConfig.postgresql.host }}"
- name: POSTGRESQL_PORT
  value: "{{ .Values.zammadConfig.postgresql.port }}"
- name: POSTGRESQL_DB
  value: "{{ .Values.zammadConfig.postgresql.db }}"
- name: POSTGRESQL_USER
  value: "{{ .Values.zammadConfig.postgresql.user }}"
- name: POSTGRESQL_PASS
  valueFrom:
    secretKeyRef:
      name: {{ include "zammad.fullname" . }}-postgresql-pass
      key: {{ .Values.secrets.postgresql.secretKey }}
- name: TMP
  value: /opt/zammad/tmp
{{- end }}
