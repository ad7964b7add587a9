{{/* vim: set filetype=mustache: */}}
{{/*
Expand the name of the chart.
*/}}
{{- define "berthdock.name" -}}
{{- default "berthdock" .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "berthdock.fullname" -}}
{{- $name := default "berthdock" .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "berthdock.labels" -}}
heritage: {{ .Release.Service }}
release: {{ .Release.Name }}
chart: {{ .Chart.Name }}
app: "{{ template "berthdock.name" . }}"
{{- end -}}

{{- define "berthdock.matchLabels" -}}
release: {{ .Release.Name }}
app: "{{ template "berthdock.name" . }}"
{{- end -}}

{{- define "berthdock.core" -}}
  {{- printf "%s-core" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.portal" -}}
  {{- printf "%s-portal" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.jobservice" -}}
  {{- printf "%s-jobservice" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.registry" -}}
  {{- printf "%s-registry" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.registryCtl" -}}
  {{- printf "%s-registryctl" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.database" -}}
  {{- printf "%s-database" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.redis" -}}
  {{- printf "%s-redis" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.trivy" -}}
  {{- printf "%s-trivy" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.nginx" -}}
  {{- printf "%s-nginx" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.exporter" -}}
  {{- printf "%s-exporter" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.ingress" -}}
  {{- printf "%s-ingress" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.notary-server" -}}
  {{- printf "%s-notary-server" (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.component.scheme" -}}
  {{- if .Values.internalTLS.enabled -}}https{{- else -}}http{{- end -}}
{{- end -}}

{{- define "berthdock.coreURL" -}}
  {{- printf "%s://%s:%s" (include "berthdock.component.scheme" .) (include "berthdock.core" .) (ternary "443" "80" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "berthdock.jobserviceURL" -}}
  {{- printf "%s://%s-jobservice" (include "berthdock.component.scheme" .) (include "berthdock.fullname" .) -}}
{{- end -}}

{{- define "berthdock.portalURL" -}}
  {{- printf "%s://%s" (include "berthdock.component.scheme" .) (include "berthdock.portal" .) -}}
{{- end -}}

{{- define "berthdock.registryURL" -}}
  {{- printf "%s://%s:%s" (include "berthdock.component.scheme" .) (include "berthdock.registry" .) (ternary "5443" "5000" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "berthdock.registryControllerURL" -}}
  {{- printf "%s://%s:%s" (include "berthdock.component.scheme" .) (include "berthdock.registry" .) (ternary "8443" "8080" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "berthdock.tokenServiceURL" -}}
  {{- printf "%s/service/token" (include "berthdock.coreURL" .) -}}
{{- end -}}

{{- define "berthdock.trivyAdapterURL" -}}
  {{- printf "%s://%s:%s" (include "berthdock.component.scheme" .) (include "berthdock.trivy" .) (ternary "8443" "8080" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "berthdock.database.host" -}}
  {{- if eq .Values.database.type "internal" -}}
    {{- template "berthdock.database" . }}
  {{- else -}}
    {{- .Values.database.external.host -}}
  {{- end -}}
{{- end -}}

{{- define "berthdock.database.port" -}}
  {{- if eq .Values.database.type "internal" -}}
    {{- printf "%s" "5432" -}}
  {{- else -}}
    {{- .Values.database.external.port -}}
  {{- end -}}
{{- end -}}

{{- define "berthdock.redis.addr" -}}
  {{- with .Values.redis }}
    {{- ternary (printf "%s:6379" (include "berthdock.redis" $ )) .external.addr (eq .type "internal") }}
  {{- end }}
{{- end -}}

{{- define "berthdock.redis.scheme" -}}
  {{- with .Values.redis }}
    {{- ternary "redis+sentinel" "redis"  (and (eq .type "external" ) (not (not .external.sentinelMasterSet))) }}
  {{- end }}
{{- end -}}

{{/*scheme://[:password@]addr/db_index?idle_timeout_seconds=30*/}}
{{- define "berthdock.redis.urlForCore" -}}
  {{- with .Values.redis }}
    {{- $index := ternary "0" .external.coreDatabaseIndex (eq .type "internal") }}
    {{- printf "%s://%s/%s?idle_timeout_seconds=30" (include "berthdock.redis.scheme" $) (include "berthdock.redis.addr" $) $index -}}
  {{- end }}
{{- end -}}

{{- define "berthdock.redis.urlForJobservice" -}}
  {{- with .Values.redis }}
    {{- $index := ternary .internal.jobserviceDatabaseIndex .external.jobserviceDatabaseIndex (eq .type "internal") }}
    {{- printf "%s://%s/%s" (include "berthdock.redis.scheme" $) (include "berthdock.redis.addr" $) $index -}}
  {{- end }}
{{- end -}}

{{- define "berthdock.redis.urlForTrivy" -}}
  {{- with .Values.redis }}
    {{- $index := ternary .internal.trivyAdapterIndex .external.trivyAdapterIndex (eq .type "internal") }}
    {{- printf "%s://%s/%s?idle_timeout_seconds=30" (include "berthdock.redis.scheme" $) (include "berthdock.redis.addr" $) $index -}}
  {{- end }}
{{- end -}}

{{- define "berthdock.redis.dbForRegistry" -}}
  {{- with .Values.redis }}
    {{- ternary .internal.registryDatabaseIndex .external.registryDatabaseIndex (eq .type "internal") }}
  {{- end }}
{{- end -}}
