{{- define "panelsmith.fullname" -}}
{{- printf "%s" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "panelsmith.labels" -}}
app.kubernetes.io/name: panelsmith
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{- define "panelsmith.pgHost" -}}
{{- printf "%s-postgresql" .Release.Name -}}
{{- end -}}

{{- define "panelsmith.redisHost" -}}
{{- printf "%s-redis-master" .Release.Name -}}
{{- end -}}

{{- define "panelsmith.panelDbHost" -}}
{{- printf "%s-panelsmith-db" (include "panelsmith.fullname" .) -}}
{{- end -}}

{{- define "panelsmith.postgrestHost" -}}
{{- printf "%s-postgrest:%v" (include "panelsmith.fullname" .) .Values.postgrest.port -}}
{{- end -}}

{{/* Env shared by server, worker and migration job */}}
{{- define "panelsmith.commonEnv" -}}
- name: PG_HOST
  value: {{ include "panelsmith.pgHost" . }}
- name: PG_USER
  value: {{ .Values.postgresql.auth.username }}
- name: PG_PASS
  valueFrom: { secretKeyRef: { name: {{ include "panelsmith.fullname" . }}-secrets, key: PG_PASS } }
- name: PANELSMITH_DB_HOST
  value: {{ include "panelsmith.panelDbHost" . }}
- name: PANELSMITH_DB_USER
  value: {{ .Values.panelDb.user }}
- name: PANELSMITH_DB_PASS
  valueFrom: { secretKeyRef: { name: {{ include "panelsmith.fullname" . }}-secrets, key: PANELSMITH_DB_PASS } }
- name: PGRST_HOST
  value: {{ include "panelsmith.postgrestHost" . }}
- name: REDIS_HOST
  value: {{ include "panelsmith.redisHost" . }}
- name: REDIS_PASSWORD
  valueFrom: { secretKeyRef: { name: {{ include "panelsmith.fullname" . }}-secrets, key: REDIS_PASSWORD } }
{{- end -}}
