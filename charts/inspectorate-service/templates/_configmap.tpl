{{/*
The service's non-secret environment. Secrets (MONGODB_URI, secretEnv) are
references in the Deployment, never values here.
*/}}
{{- define "inspectorate-service.configmap.data" -}}
PORT: {{ .Values.service.port | toString | quote }}
LOG_LEVEL: {{ .Values.logLevel | quote }}
KAFKA_BROKERS: {{ include "inspectorate-service.kafkaBrokers" . | quote }}
KAFKA_TOPIC_PREFIX: {{ include "inspectorate-service.kafkaTopicPrefix" . | quote }}
SHUTDOWN_TIMEOUT_MS: {{ .Values.shutdownTimeoutMs | int64 | toString | quote }}
{{- with .Values.mongodb.database }}
MONGODB_DATABASE: {{ . | quote }}
{{- end }}
{{- /* Every service verifies the callers' tokens itself (libs/auth, ADR 0008): one provider for all, from global.oidc. */}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- with (dig "oidc" "issuer" "" $g) }}
OIDC_ISSUER: {{ . | quote }}
{{- end }}
{{- with (dig "oidc" "audience" "" $g) }}
OIDC_AUDIENCE: {{ . | quote }}
{{- end }}
{{- with (dig "oidc" "jwksUrl" "" $g) }}
OIDC_JWKS_URL: {{ . | quote }}
{{- end }}
{{- range $key, $value := (.Values.env | default dict) }}
{{- if kindIs "slice" $value }}
{{ $key }}: {{ join "," $value | quote }}
{{- else if and (kindIs "float64" $value) (eq (float64 (int64 $value)) $value) }}
{{/* YAML numbers arrive as floats: 3600000 must not become "3.6e+06". */}}
{{ $key }}: {{ $value | int64 | toString | quote }}
{{- else }}
{{ $key }}: {{ $value | toString | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "inspectorate-service.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "inspectorate-service.fullname" . }}-env
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
data:
  {{- include "inspectorate-service.configmap.data" . | nindent 2 }}
{{- end -}}
