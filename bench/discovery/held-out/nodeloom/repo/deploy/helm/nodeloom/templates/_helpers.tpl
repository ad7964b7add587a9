{{- define "nodeloom.fullname" -}}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "nodeloom.labels" -}}
app.kubernetes.io/name: nodeloom
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{- define "nodeloom.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "nodeloom.sharedEnv" -}}
- name: NODELOOM_ENCRYPTION_KEY
  valueFrom: { secretKeyRef: { name: nodeloom-secrets, key: encryption-key } }
- name: DB_POSTGRESDB_PASSWORD
  valueFrom: { secretKeyRef: { name: nodeloom-secrets, key: db-password } }
- name: NODELOOM_EXTERNAL_STORAGE_S3_ACCESS_KEY
  valueFrom: { secretKeyRef: { name: nodeloom-secrets, key: s3-access-key } }
- name: NODELOOM_EXTERNAL_STORAGE_S3_ACCESS_SECRET
  valueFrom: { secretKeyRef: { name: nodeloom-secrets, key: s3-access-secret } }
{{- end -}}
