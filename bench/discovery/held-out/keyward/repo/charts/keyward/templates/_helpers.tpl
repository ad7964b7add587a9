{{- define "keyward.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "keyward.fullname" -}}
{{- printf "%s-%s" .Release.Name (include "keyward.name" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "keyward.labels" -}}
app.kubernetes.io/name: {{ include "keyward.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Flatten .Values.keyward into KEYWARD_* env vars using __ nesting */}}
{{- define "keyward.env" -}}
{{- range $k, $v := .values -}}
{{- if kindIs "map" $v -}}
{{- range $sk, $sv := $v }}
{{- if not (kindIs "map" $sv) }}
KEYWARD_{{ upper $k }}__{{ upper $sk }}: {{ tpl (toString $sv) $.root | b64enc | quote }}
{{- end }}
{{- end -}}
{{- else }}
KEYWARD_{{ upper $k }}: {{ tpl (toString $v) $.root | b64enc | quote }}
{{- end -}}
{{- end -}}
{{- end -}}
