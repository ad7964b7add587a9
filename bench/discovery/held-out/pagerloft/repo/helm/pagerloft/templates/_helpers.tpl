{{- define "pagerloft.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "pagerloft.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "pagerloft.engine.fullname" -}}
{{ include "pagerloft.fullname" . }}-engine
{{- end }}

{{- define "pagerloft.celery.fullname" -}}
{{ include "pagerloft.fullname" . }}-celery
{{- end }}

{{- define "pagerloft.labels" -}}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
app.kubernetes.io/name: {{ include "pagerloft.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "pagerloft.engine.selectorLabels" -}}
app.kubernetes.io/name: {{ include "pagerloft.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: engine
{{- end }}

{{- define "pagerloft.celery.selectorLabels" -}}
app.kubernetes.io/name: {{ include "pagerloft.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: celery
{{- end }}

{{- define "pagerloft.engine.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{- define "pagerloft.postgresql.fullname" -}}
{{ include "pagerloft.fullname" . }}-postgresql
{{- end }}

{{- define "pagerloft.mariadb.fullname" -}}
{{ include "pagerloft.fullname" . }}-mariadb
{{- end }}

{{- define "pagerloft.rabbitmq.fullname" -}}
{{ include "pagerloft.fullname" . }}-rabbitmq
{{- end }}

{{- define "pagerloft.redis.fullname" -}}
{{ include "pagerloft.fullname" . }}-redis-master
{{- end }}

{{- define "pagerloft.grafana.fullname" -}}
{{ include "pagerloft.fullname" . }}-grafana
{{- end }}
