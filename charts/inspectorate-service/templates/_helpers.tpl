{{/*
Names, labels and the values that fall back to the umbrella chart's globals.
Every template here takes the service chart's root context (`.`).
*/}}

{{/* The service's name (manifest.service): label, container name, default database. */}}
{{- define "inspectorate-service.name" -}}
{{- required "service.name is required: the service's name as in its manifest, e.g. registry" .Values.service.name -}}
{{- end -}}

{{/* <release>-<service>, or the release name when it already contains the service's name. */}}
{{- define "inspectorate-service.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "inspectorate-service.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The globals map, empty when the chart is installed without them. */}}
{{- define "inspectorate-service.globals" -}}
{{- toYaml (.Values.global | default dict) -}}
{{- end -}}

{{- define "inspectorate-service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "inspectorate-service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "inspectorate-service.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "inspectorate-service.selectorLabels" . }}
app.kubernetes.io/version: {{ include "inspectorate-service.imageTag" . | trunc 63 | quote }}
app.kubernetes.io/component: service
app.kubernetes.io/part-of: inspectorate-backbone
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/*
The image tag: the service's own, else global.image.tag. Required, and never
"latest": a rolling upgrade and a rollback need a tag that names one build.
*/}}
{{- define "inspectorate-service.imageTag" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- $name := include "inspectorate-service.name" . -}}
{{- $tag := toString (.Values.image.tag | default (dig "image" "tag" "" $g)) -}}
{{- if not $tag -}}
{{- fail (printf "image tag of %s is not set: give global.image.tag (every service) or %s.image.tag (this one)" $name $name) -}}
{{- end -}}
{{- if eq $tag "latest" -}}
{{- fail (printf "image tag of %s is \"latest\": give a tag that names one build (a version or a commit), so rolling upgrades and rollbacks are predictable" $name) -}}
{{- end -}}
{{- $tag -}}
{{- end -}}

{{/* registry/repository:tag, or registry/repository@digest when image.digest is given. */}}
{{- define "inspectorate-service.image" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- $registry := .Values.image.registry | default (dig "image" "registry" "" $g) -}}
{{- $repository := required (printf "%s.image.repository is required" (include "inspectorate-service.name" .)) .Values.image.repository -}}
{{- $ref := ternary (printf "%s/%s" $registry $repository) $repository (ne $registry "") -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $ref .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (include "inspectorate-service.imageTag" .) -}}
{{- end -}}
{{- end -}}

{{- define "inspectorate-service.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "inspectorate-service.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* KAFKA_BROKERS as the comma-separated list the services read. */}}
{{- define "inspectorate-service.kafkaBrokers" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- $brokers := .Values.kafka.brokers | default (dig "kafka" "brokers" "" $g) -}}
{{- if kindIs "slice" $brokers -}}
{{- $brokers = join "," $brokers -}}
{{- end -}}
{{- if not $brokers -}}
{{- fail (printf "Kafka brokers of %s are not set: give global.kafka.brokers (host:port,host:port)" (include "inspectorate-service.name" .)) -}}
{{- end -}}
{{- $brokers -}}
{{- end -}}

{{- define "inspectorate-service.kafkaTopicPrefix" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- if kindIs "string" .Values.kafka.topicPrefix -}}
{{- .Values.kafka.topicPrefix | default (dig "kafka" "topicPrefix" "" $g) -}}
{{- else -}}
{{- dig "kafka" "topicPrefix" "" $g -}}
{{- end -}}
{{- end -}}

{{/* The Secret (name and key) holding MONGODB_URI: the service's own, else the global one. */}}
{{- define "inspectorate-service.mongodbSecretName" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- $name := .Values.mongodb.existingSecret | default (dig "mongodb" "existingSecret" "" $g) -}}
{{- if not $name -}}
{{- fail (printf "the MongoDB Secret of %s is not set: give global.mongodb.existingSecret (a Secret with the connection string under key %s); MONGODB_URI is never a literal value" (include "inspectorate-service.name" .) (include "inspectorate-service.mongodbSecretKey" .)) -}}
{{- end -}}
{{- $name -}}
{{- end -}}

{{- define "inspectorate-service.mongodbSecretKey" -}}
{{- $g := fromYaml (include "inspectorate-service.globals" .) -}}
{{- .Values.mongodb.uriKey | default (dig "mongodb" "uriKey" "uri" $g) -}}
{{- end -}}
