{{/* Common labels */}}
{{- define "tidemart.labels" -}}
app.kubernetes.io/part-of: tidemart
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Image reference for an app: <registry>/<image>:<tag> */}}
{{- define "tidemart.image" -}}
{{- $root := index . 0 -}}
{{- $app := index . 1 -}}
{{ $root.Values.global.imageRegistry }}/{{ $app.image }}:{{ $app.tag | default $root.Values.global.imageTag }}
{{- end -}}

{{/* Environment shared by every ASP.NET Core host */}}
{{- define "tidemart.commonEnv" -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ .Values.global.aspnetcoreEnvironment | quote }}
- name: ASPNETCORE_URLS
  value: "http://+:80"
- name: ElasticSearch__Url
  value: {{ .Values.global.elasticsearchUrl | quote }}
- name: AuthServer__Authority
  value: {{ .Values.global.externalUrls.authServer | quote }}
- name: AuthServer__MetaAddress
  value: {{ .Values.global.authServerInternalUrl | quote }}
- name: AuthServer__RequireHttpsMetadata
  value: "false"
{{- end -}}

{{- define "tidemart.rabbitmqEnv" -}}
- name: RabbitMQ__Connections__Default__HostName
  value: {{ .Values.global.rabbitmq.host | quote }}
- name: RabbitMQ__Connections__Default__UserName
  value: {{ .Values.global.rabbitmq.user | quote }}
- name: RabbitMQ__Connections__Default__Password
  value: {{ .Values.global.rabbitmq.password | quote }}
{{- end -}}

{{- define "tidemart.redisEnv" -}}
- name: Redis__Configuration
  value: {{ .Values.global.redis.host | quote }}
{{- end -}}
