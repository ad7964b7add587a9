{{- define "runbeacon.fullname" -}}{{ .Release.Name }}-runbeacon{{- end -}}

{{- define "runbeacon.commonEnv" -}}
- name: RUNBEACON_API_DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.externalDatabase.existingSecret }}
      key: {{ .Values.externalDatabase.existingSecretPasswordKey }}
- name: RUNBEACON_API_DATABASE_CONNECTION_URL
  value: "postgresql+asyncpg://{{ .Values.externalDatabase.user }}:$(RUNBEACON_API_DATABASE_PASSWORD)@{{ .Values.externalDatabase.host }}:{{ .Values.externalDatabase.port }}/{{ .Values.externalDatabase.database }}"
- name: RUNBEACON_REDIS_MESSAGING_HOST
  value: {{ .Release.Name }}-redis-master
- name: RUNBEACON_REDIS_MESSAGING_PORT
  value: "6379"
{{- end -}}
