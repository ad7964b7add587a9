{{- define "workers.labels" -}}
app.kubernetes.io/part-of: brightcart-workers
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "workers.gatewayEnv" -}}
{{- if eq .runtime "node" }}
- name: PROCESSYARD_GATEWAY_ADDRESS
  value: {{ .root.Values.engine.gatewayAddress | quote }}
- name: PROCESSYARD_OAUTH_URL
  value: {{ .root.Values.engine.oauthUrl | quote }}
- name: PROCESSYARD_CLIENT_ID
  value: {{ .root.Values.engine.clientId | quote }}
{{- else }}
- name: SPRING_PROFILES_ACTIVE
  value: prod
- name: YARD_GATEWAY_GRPC
  value: {{ printf "http://%s" .root.Values.engine.gatewayAddress | quote }}
- name: YARD_OAUTH_ISSUER
  value: {{ .root.Values.engine.oauthUrl | quote }}
{{- end }}
{{- end -}}
