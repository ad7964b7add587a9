{{- define "logvault.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "logvault.fullname" -}}
{{- include "logvault.name" . }}
{{- end }}

{{- define "logvault.distributorFullname" -}}{{ include "logvault.fullname" . }}-distributor{{- end }}
{{- define "logvault.ingesterFullname" -}}{{ include "logvault.fullname" . }}-ingester{{- end }}
{{- define "logvault.querierFullname" -}}{{ include "logvault.fullname" . }}-querier{{- end }}
{{- define "logvault.queryFrontendFullname" -}}{{ include "logvault.fullname" . }}-query-frontend{{- end }}
{{- define "logvault.querySchedulerFullname" -}}{{ include "logvault.fullname" . }}-query-scheduler{{- end }}
{{- define "logvault.indexGatewayFullname" -}}{{ include "logvault.fullname" . }}-index-gateway{{- end }}
{{- define "logvault.compactorFullname" -}}{{ include "logvault.fullname" . }}-compactor{{- end }}
{{- define "logvault.rulerFullname" -}}{{ include "logvault.fullname" . }}-ruler{{- end }}
{{- define "logvault.gatewayFullname" -}}{{ include "logvault.fullname" . }}-gateway{{- end }}

{{- define "logvault.memberlist" -}}
{{ include "logvault.fullname" . }}-memberlist.{{ .Release.Namespace }}.svc.{{ .Values.global.clusterDomain }}
{{- end }}

{{- define "logvault.compactorAddress" -}}
http://{{ include "logvault.compactorFullname" . }}.{{ .Release.Namespace }}.svc.{{ .Values.global.clusterDomain }}:3100
{{- end }}

{{- define "logvault.minio" -}}
{{- if .Values.minio.enabled -}}
{{- printf "%s-%s.%s.svc:%s" .Release.Name "minio" .Release.Namespace (.Values.minio.service.port | default "9000" | toString) -}}
{{- end -}}
{{- end -}}

{{- define "logvault.chunksCacheAddress" -}}
dnssrvnoa+_memcached-client._tcp.{{ include "logvault.fullname" . }}-chunks-cache.{{ .Release.Namespace }}.svc
{{- end }}

{{- define "logvault.resultsCacheAddress" -}}
dnssrvnoa+_memcached-client._tcp.{{ include "logvault.fullname" . }}-results-cache.{{ .Release.Namespace }}.svc
{{- end }}

{{- define "logvault.querySchedulerAddress" -}}
{{ include "logvault.querySchedulerFullname" . }}.{{ .Release.Namespace }}.svc.{{ .Values.global.clusterDomain }}:9095
{{- end }}

{{- define "logvault.componentDeployment" -}}
{{- $ctx := index . 0 }}{{- $component := index . 1 }}{{- $replicas := index . 2 }}{{- $kind := index . 3 }}
apiVersion: apps/v1
kind: {{ $kind }}
metadata:
  name: {{ include "logvault.fullname" $ctx }}-{{ $component }}
  labels:
    app.kubernetes.io/component: {{ $component }}
    app.kubernetes.io/part-of: memberlist
spec:
  replicas: {{ $replicas }}
  selector:
    matchLabels:
      app.kubernetes.io/component: {{ $component }}
  template:
    metadata:
      labels:
        app.kubernetes.io/component: {{ $component }}
        app.kubernetes.io/part-of: memberlist
    spec:
      containers:
        - name: {{ $component }}
          image: "{{ $ctx.Values.logvault.image.registry }}/{{ $ctx.Values.logvault.image.repository }}:{{ $ctx.Values.logvault.image.tag }}"
          args:
            - -config.file=/etc/logvault/config/config.yaml
            - -target={{ $component }}
          env:
            - name: JAEGER_AGENT_HOST
              value: jaeger-agent.monitoring.svc
          ports:
            - { name: http-metrics, containerPort: 3100 }
            - { name: grpc, containerPort: 9095 }
            - { name: http-memberlist, containerPort: 7946 }
          readinessProbe:
            httpGet: { path: /ready, port: http-metrics }
          volumeMounts:
            - { name: config, mountPath: /etc/logvault/config }
      volumes:
        - name: config
          configMap:
            name: {{ include "logvault.fullname" $ctx }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "logvault.fullname" $ctx }}-{{ $component }}
spec:
  ports:
    - { name: http-metrics, port: 3100, targetPort: http-metrics }
    - { name: grpc, port: 9095, targetPort: grpc }
  selector:
    app.kubernetes.io/component: {{ $component }}
{{- end }}
