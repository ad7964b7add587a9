{{/* Common labels */}}
{{- define "devicegate.std.labels" -}}
app.kubernetes.io/name: {{ .dot.Chart.Name }}
app.kubernetes.io/instance: {{ .dot.Release.Name }}
app.kubernetes.io/version: {{ .dot.Values.devicegateImagesTag }}
{{- if .component }}
app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end }}

{{/* Fully qualified name of a component, e.g. devicegate-adapter-http */}}
{{- define "devicegate.fullname" -}}
{{- printf "%s-%s" .dot.Release.Name .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Kafka bootstrap servers */}}
{{- define "devicegate.kafka.bootstrapServers" -}}
{{- printf "%s-kafka:9092" .Release.Name }}
{{- end }}

{{/* Client configuration for the Device Registry AMQP APIs */}}
{{- define "devicegate.registryClientConfig" -}}
{{- $host := printf "%s-service-device-registry" .dot.Release.Name }}
tenant:
  host: {{ $host | quote }}
  port: 5671
  username: {{ printf "%s@DEVICEGATE" .username | quote }}
  password: {{ .password | quote }}
  trustStorePath: /opt/devicegate/tls/ca.crt
registration:
  host: {{ $host | quote }}
  port: 5671
  username: {{ printf "%s@DEVICEGATE" .username | quote }}
  password: {{ .password | quote }}
  trustStorePath: /opt/devicegate/tls/ca.crt
{{- if .credentials }}
credentials:
  host: {{ $host | quote }}
  port: 5671
  username: {{ printf "%s@DEVICEGATE" .username | quote }}
  password: {{ .password | quote }}
  trustStorePath: /opt/devicegate/tls/ca.crt
{{- end }}
{{- end }}

{{/* Client configuration for the Command Router API */}}
{{- define "devicegate.commandRouterClientConfig" -}}
commandRouter:
  host: {{ printf "%s-service-command-router" .dot.Release.Name | quote }}
  port: 5671
  username: {{ printf "%s@DEVICEGATE" .username | quote }}
  password: {{ .password | quote }}
  trustStorePath: /opt/devicegate/tls/ca.crt
{{- end }}

{{/* Auth server validation config for services */}}
{{- define "devicegate.authConfig" -}}
auth:
  host: {{ printf "%s-service-auth" .dot.Release.Name | quote }}
  port: 5671
  name: {{ .name | quote }}
  validation:
    certPath: /opt/devicegate/tls/auth-server-cert.pem
{{- end }}

{{/* Tracing */}}
{{- define "devicegate.tracing" -}}
{{- if .Values.jaegerBackendExample.enabled }}
- name: QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
  value: {{ .Values.jaegerBackendExample.otlpEndpoint | quote }}
- name: OTEL_SDK_DISABLED
  value: "false"
{{- end }}
{{- end }}

{{/* Health probes */}}
{{- define "devicegate.probes" -}}
livenessProbe:
  httpGet:
    path: /q/health/live
    port: health
  initialDelaySeconds: 30
readinessProbe:
  httpGet:
    path: /q/health/ready
    port: health
  initialDelaySeconds: 10
{{- end }}
