{{- define "timeweave.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "timeweave.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "timeweave.componentname" -}}
{{- $global := index . 0 -}}
{{- $component := index . 1 | trimPrefix "-" -}}
{{- printf "%s-%s" (include "timeweave.fullname" $global | trunc (sub 62 (len $component) | int) | trimSuffix "-" ) $component | trimSuffix "-" -}}
{{- end -}}

{{- define "timeweave.resourceLabels" -}}
{{- $global := index . 0 -}}
{{- $scope := index . 1 -}}
app.kubernetes.io/name: {{ include "timeweave.name" $global }}
helm.sh/chart: {{ $global.Chart.Name }}-{{ $global.Chart.Version }}
app.kubernetes.io/managed-by: {{ $global.Release.Service }}
app.kubernetes.io/instance: {{ $global.Release.Name }}
app.kubernetes.io/version: {{ $global.Chart.AppVersion | replace "+" "_" }}
app.kubernetes.io/component: {{ $scope }}
{{- end -}}

{{/* Cassandra hosts: explicit list, else the bundled subchart's service */}}
{{- define "timeweave.persistence.cassandra.hosts" -}}
{{- $global := index . 0 -}}
{{- $store := index . 1 -}}
{{- $storeConfig := index $global.Values.server.config.persistence $store -}}
{{- if $storeConfig.cassandra.hosts -}}
{{- $storeConfig.cassandra.hosts | join "," -}}
{{- else if and $global.Values.cassandra.enabled (eq $store "default") -}}
{{- printf "%s-cassandra.%s.svc.cluster.local" $global.Release.Name $global.Release.Namespace -}}
{{- else -}}
{{- required (printf "Please specify cassandra hosts for %s store" $store) $storeConfig.cassandra.hosts -}}
{{- end -}}
{{- end -}}

{{- define "timeweave.persistence.sql.host" -}}
{{- $global := index . 0 -}}
{{- $store := index . 1 -}}
{{- $storeConfig := index $global.Values.server.config.persistence $store -}}
{{- required (printf "Please specify sql host for %s store" $store) $storeConfig.sql.host -}}
{{- end -}}

{{- define "timeweave.persistence.es.url" -}}
{{- printf "%s://%s:%v" .Values.elasticsearch.scheme .Values.elasticsearch.host .Values.elasticsearch.port -}}
{{- end -}}

{{- define "timeweave.frontend.address" -}}
{{- printf "%s:%v" (include "timeweave.componentname" (list . "frontend")) .Values.server.frontend.service.port -}}
{{- end -}}
