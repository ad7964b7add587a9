{{/* Common env for the Instana in-process collectors */}}
{{- define "botbazaar.instanaEnv" -}}
- name: INSTANA_AGENT_HOST
  valueFrom:
    fieldRef:
      fieldPath: status.hostIP
{{- end -}}
