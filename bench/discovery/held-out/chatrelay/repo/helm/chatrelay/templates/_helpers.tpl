{{- define "chatrelay.fullname" -}}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "chatrelay.mongodbUrl" -}}
{{- if .Values.externalMongodbUrl -}}
{{ .Values.externalMongodbUrl }}
{{- else -}}
mongodb://{{ index .Values.mongodb.auth.usernames 0 }}:{{ index .Values.mongodb.auth.passwords 0 }}@{{ .Release.Name }}-mongodb-headless:27017/{{ index .Values.mongodb.auth.databases 0 }}?replicaSet=rs0
{{- end -}}
{{- end -}}

{{- define "chatrelay.transporter" -}}
nats://{{ .Release.Name }}-nats:4222
{{- end -}}
