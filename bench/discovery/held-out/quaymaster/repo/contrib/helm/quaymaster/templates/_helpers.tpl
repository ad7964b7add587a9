{{- define "quaymaster.fullname" -}}
{{- printf "%s-%s" .Release.Name "quaymaster" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "quaymaster.core" -}}
  {{- printf "%s-core" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.portal" -}}
  {{- printf "%s-portal" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.jobservice" -}}
  {{- printf "%s-jobservice" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.registry" -}}
  {{- printf "%s-registry" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.trivy" -}}
  {{- printf "%s-trivy" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.database" -}}
  {{- printf "%s-database" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.redis" -}}
  {{- printf "%s-redis" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.exporter" -}}
  {{- printf "%s-exporter" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.nginx" -}}
  {{- printf "%s-nginx" (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.component.scheme" -}}
  {{- if .Values.internalTLS.enabled -}}
    {{- printf "https" -}}
  {{- else -}}
    {{- printf "http" -}}
  {{- end -}}
{{- end -}}

{{- define "quaymaster.database.host" -}}
  {{- if eq .Values.database.type "internal" -}}
    {{- template "quaymaster.database" . }}
  {{- else -}}
    {{- .Values.database.external.host -}}
  {{- end -}}
{{- end -}}

{{- define "quaymaster.database.port" -}}
  {{- if eq .Values.database.type "internal" -}}
    {{- printf "%s" "5432" -}}
  {{- else -}}
    {{- .Values.database.external.port -}}
  {{- end -}}
{{- end -}}

{{- define "quaymaster.redis.scheme" -}}
  {{- printf "redis" -}}
{{- end -}}

{{- define "quaymaster.redis.addr" -}}
  {{- if eq .Values.redis.type "internal" -}}
    {{- printf "%s:6379" (include "quaymaster.redis" .) -}}
  {{- else -}}
    {{- .Values.redis.external.addr -}}
  {{- end -}}
{{- end -}}

{{/*scheme://[:password@]addr/db_index?idle_timeout_seconds=30*/}}
{{- define "quaymaster.redis.url" -}}
  {{- printf "redis://%s" (include "quaymaster.redis.addr" .) -}}
{{- end -}}

{{- define "quaymaster.redis.urlForCore" -}}
  {{- printf "%s/0?idle_timeout_seconds=30" (include "quaymaster.redis.url" .) -}}
{{- end -}}

{{- define "quaymaster.redis.urlForJobservice" -}}
  {{- printf "%s/1?idle_timeout_seconds=30" (include "quaymaster.redis.url" .) -}}
{{- end -}}

{{- define "quaymaster.redis.urlForRegistry" -}}
  {{- printf "%s/2?idle_timeout_seconds=30" (include "quaymaster.redis.url" .) -}}
{{- end -}}

{{- define "quaymaster.redis.urlForTrivy" -}}
  {{- printf "%s/5?idle_timeout_seconds=30" (include "quaymaster.redis.url" .) -}}
{{- end -}}

{{- define "quaymaster.coreURL" -}}
  {{- printf "%s://%s" (include "quaymaster.component.scheme" .) (include "quaymaster.core" .) -}}
{{- end -}}

{{- define "quaymaster.jobserviceURL" -}}
  {{- printf "%s://%s-jobservice" (include "quaymaster.component.scheme" .) (include "quaymaster.fullname" .) -}}
{{- end -}}

{{- define "quaymaster.portalURL" -}}
  {{- printf "%s://%s" (include "quaymaster.component.scheme" .) (include "quaymaster.portal" .) -}}
{{- end -}}

{{- define "quaymaster.registryURL" -}}
  {{- printf "%s://%s:%s" (include "quaymaster.component.scheme" .) (include "quaymaster.registry" .) (ternary "5443" "5000" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "quaymaster.registryControllerURL" -}}
  {{- printf "%s://%s:%s" (include "quaymaster.component.scheme" .) (include "quaymaster.registry" .) (ternary "8443" "8080" .Values.internalTLS.enabled) -}}
{{- end -}}

{{- define "quaymaster.tokenServiceURL" -}}
  {{- printf "%s/service/token" (include "quaymaster.coreURL" .) -}}
{{- end -}}

{{- define "quaymaster.trivyAdapterURL" -}}
  {{- printf "%s://%s:%s" (include "quaymaster.component.scheme" .) (include "quaymaster.trivy" .) (ternary "8443" "8080" .Values.internalTLS.enabled) -}}
{{- end -}}
