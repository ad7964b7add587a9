{{- define "lineagehub.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lineagehub.labels" -}}
app.kubernetes.io/part-of: lineagehub
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "lineagehub.gms.url" -}}
{{ printf "%s-lineagehub-gms" .Release.Name }}
{{- end -}}

{{/* Shared Kafka env used by every Kafka client */}}
{{- define "lineagehub.kafka.env" -}}
- name: KAFKA_BOOTSTRAP_SERVER
  value: {{ .Values.global.kafka.bootstrap.server | quote }}
- name: SCHEMA_REGISTRY_TYPE
  value: {{ .Values.global.kafka.schemaregistry.type | quote }}
- name: KAFKA_SCHEMAREGISTRY_URL
  value: {{ .Values.global.kafka.schemaregistry.url | quote }}
{{- end -}}

{{- define "lineagehub.sql.env" -}}
- name: ENTITY_SERVICE_IMPL
  value: ebean
- name: EBEAN_DATASOURCE_USERNAME
  value: {{ .Values.global.sql.datasource.username | quote }}
- name: EBEAN_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.global.sql.datasource.password.secretRef }}
      key: {{ .Values.global.sql.datasource.password.secretKey }}
- name: EBEAN_DATASOURCE_HOST
  value: {{ .Values.global.sql.datasource.host | quote }}
- name: EBEAN_DATASOURCE_URL
  value: {{ .Values.global.sql.datasource.url | quote }}
- name: EBEAN_DATASOURCE_DRIVER
  value: {{ .Values.global.sql.datasource.driver | quote }}
{{- end -}}

{{- define "lineagehub.es.env" -}}
- name: ELASTICSEARCH_HOST
  value: {{ .Values.global.elasticsearch.host | quote }}
- name: ELASTICSEARCH_PORT
  value: {{ .Values.global.elasticsearch.port | quote }}
- name: ELASTICSEARCH_USE_SSL
  value: {{ .Values.global.elasticsearch.useSSL | quote }}
{{- end -}}

{{- define "lineagehub.graph.env" -}}
- name: GRAPH_SERVICE_IMPL
  value: {{ .Values.global.graph_service_impl }}
{{- if eq .Values.global.graph_service_impl "neo4j" }}
- name: NEO4J_HOST
  value: {{ .Values.global.neo4j.host | quote }}
- name: NEO4J_URI
  value: {{ .Values.global.neo4j.uri | quote }}
- name: NEO4J_USERNAME
  value: {{ .Values.global.neo4j.username | quote }}
- name: NEO4J_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.global.neo4j.password.secretRef }}
      key: {{ .Values.global.neo4j.password.secretKey }}
{{- end }}
{{- end -}}
