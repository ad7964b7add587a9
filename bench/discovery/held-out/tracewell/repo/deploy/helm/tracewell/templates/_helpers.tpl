{{- define "tracewell.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name (default .Chart.Name .Values.nameOverride) | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "tracewell.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "queryService.fullname" -}}
{{- printf "%s-%s" (include "tracewell.fullname" .) .Values.queryService.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "queryService.url" -}}
{{- printf "%s:%v" (include "queryService.fullname" .) .Values.queryService.service.port -}}
{{- end -}}
{{- define "queryService.internalUrl" -}}
{{- printf "http://%s:%v" (include "queryService.fullname" .) .Values.queryService.service.internalPort -}}
{{- end -}}
{{- define "queryService.opampUrl" -}}
{{- printf "ws://%s:%v/v1/opamp" (include "queryService.fullname" .) .Values.queryService.service.opampPort -}}
{{- end -}}

{{- define "frontend.fullname" -}}
{{- printf "%s-%s" (include "tracewell.fullname" .) .Values.frontend.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "alertmanager.fullname" -}}
{{- printf "%s-%s" (include "tracewell.fullname" .) .Values.alertmanager.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "alertmanager.url" -}}
{{- printf "%s:%v" (include "alertmanager.fullname" .) .Values.alertmanager.service.port -}}
{{- end -}}

{{- define "otelCollector.fullname" -}}
{{- printf "%s-%s" (include "tracewell.fullname" .) .Values.otelCollector.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "clickhouse.fullname" -}}
{{- printf "%s-clickhouse" (include "tracewell.fullname" .) -}}
{{- end -}}
{{- define "clickhouse.host" -}}
{{- if .Values.clickhouse.enabled -}}
{{- include "clickhouse.fullname" . -}}
{{- else -}}
{{- required "externalClickhouse.host is required" .Values.externalClickhouse.host -}}
{{- end -}}
{{- end -}}
{{- define "clickhouse.dsn" -}}
{{- printf "tcp://%s:%s@%s:%v/?database=%s" .Values.clickhouse.user .Values.clickhouse.password (include "clickhouse.host" .) .Values.clickhouse.tcpPort .Values.clickhouse.database -}}
{{- end -}}

{{- define "zookeeper.fullname" -}}
{{- printf "%s-zookeeper" (include "tracewell.fullname" .) -}}
{{- end -}}

{{- define "clickhouse.env" -}}
- name: CLICKHOUSE_HOST
  value: {{ include "clickhouse.host" . }}
- name: CLICKHOUSE_PORT
  value: {{ .Values.clickhouse.tcpPort | quote }}
- name: CLICKHOUSE_USER
  value: {{ .Values.clickhouse.user }}
- name: CLICKHOUSE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "clickhouse.fullname" . }}
      key: admin-password
- name: CLICKHOUSE_DATABASE
  value: {{ .Values.clickhouse.database }}
- name: CLICKHOUSE_TRACE_DATABASE
  value: {{ .Values.clickhouse.traceDatabase }}
- name: CLICKHOUSE_LOG_DATABASE
  value: {{ .Values.clickhouse.logDatabase }}
{{- end -}}
