{{- define "pingwell.fullname" -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "pingwell.labels" -}}
app.kubernetes.io/part-of: pingwell
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "pingwell.image" -}}
{{ .root.Values.image.registry }}/{{ .app }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end -}}

{{- define "pingwell.mongoUrl" -}}
{{- if .Values.mongodb.enabled -}}
mongodb://{{ index .Values.mongodb.auth.usernames 0 }}:{{ index .Values.mongodb.auth.passwords 0 }}@{{ .Release.Name }}-mongodb:27017/{{ index .Values.mongodb.auth.databases 0 }}
{{- else -}}
{{ .Values.externalMongodb.url }}
{{- end -}}
{{- end -}}

{{- define "pingwell.redisHost" -}}
{{- if .Values.redis.enabled -}}
{{ .Release.Name }}-redis-master
{{- else -}}
{{ .Values.externalRedis.host }}
{{- end -}}
{{- end -}}

{{- define "pingwell.redisCacheHost" -}}
{{- if .Values.redis.enabled -}}
{{ .Release.Name }}-redis-master
{{- else -}}
{{ .Values.externalRedis.cacheHost | default .Values.externalRedis.host }}
{{- end -}}
{{- end -}}

{{- define "pingwell.s3Endpoint" -}}
{{- if .Values.minio.enabled -}}
http://{{ .Release.Name }}-minio:9000
{{- else -}}
{{ .Values.storage.endpoint }}
{{- end -}}
{{- end -}}

{{- define "pingwell.probes" -}}
readinessProbe:
  httpGet: { path: {{ .path }}, port: http }
  periodSeconds: 10
livenessProbe:
  httpGet: { path: {{ .path }}, port: http }
  initialDelaySeconds: 30
  periodSeconds: 20
{{- end -}}
