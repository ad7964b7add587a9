{{- define "funcforge.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "funcforge.labels" -}}
app.kubernetes.io/name: {{ include "funcforge.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Fully-qualified in-cluster address of a core component. */}}
{{- define "funcforge.svc" -}}
{{ .name }}.{{ .ctx.Release.Namespace }}
{{- end -}}
