{{- define "gatewise.fullname" -}}
{{- printf "%s-%s" .Release.Name "apim" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "gatewise.labels" -}}
app.kubernetes.io/name: gatewise-apim
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}
