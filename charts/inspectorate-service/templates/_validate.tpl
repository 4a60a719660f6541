{{/*
Checks across values that a JSON schema cannot express. Each failure names the
value to change. Renders nothing when all is well.
*/}}
{{- define "inspectorate-service.validate" -}}
{{- $name := include "inspectorate-service.name" . -}}
{{- $v := .Values -}}

{{- if lt (int $v.replicaCount) 1 -}}
{{- fail (printf "%s.replicaCount is %v: it must be at least 1 (2 or more to survive a node drain)" $name $v.replicaCount) -}}
{{- end -}}

{{/* The variables the chart sets itself from dedicated values; a second source would drift. */}}
{{- $managed := dict "PORT" "service.port" "LOG_LEVEL" "logLevel" "KAFKA_BROKERS" "global.kafka.brokers" "KAFKA_TOPIC_PREFIX" "global.kafka.topicPrefix" "MONGODB_DATABASE" "mongodb.database" "SHUTDOWN_TIMEOUT_MS" "shutdownTimeoutMs" "OIDC_ISSUER" "global.oidc.issuer" "OIDC_AUDIENCE" "global.oidc.audience" "OIDC_JWKS_URL" "global.oidc.jwksUrl" -}}
{{- range $key, $_ := ($v.env | default dict) -}}
{{- if eq $key "MONGODB_URI" -}}
{{- fail (printf "%s.env.MONGODB_URI must not be set: the connection string holds credentials and comes only from the Secret named by global.mongodb.existingSecret (or %s.mongodb.existingSecret)" $name $name) -}}
{{- end -}}
{{- if hasKey $managed $key -}}
{{- fail (printf "%s.env.%s must not be set: use the value %s instead" $name $key (get $managed $key)) -}}
{{- end -}}
{{/* The same rule as libs/config's masking: these names hold secrets. */}}
{{- if regexMatch "(?i)SECRET|PASSWORD|TOKEN|KEY" $key -}}
{{- fail (printf "%s.env.%s looks like a secret: put it under %s.secretEnv as {secretName, key}, not as a literal value in a ConfigMap" $name $key $name) -}}
{{- end -}}
{{- end -}}
{{- range $key, $ref := ($v.secretEnv | default dict) -}}
{{- if or (not (kindIs "map" $ref)) (not $ref.secretName) (not $ref.key) -}}
{{- fail (printf "%s.secretEnv.%s must be {secretName: <Secret>, key: <key in it>}" $name $key) -}}
{{- end -}}
{{- if or (eq $key "MONGODB_URI") (hasKey ($v.env | default dict) $key) -}}
{{- fail (printf "%s.secretEnv.%s is set elsewhere too (MONGODB_URI comes from mongodb.existingSecret; others from env): give each variable once" $name $key) -}}
{{- end -}}
{{- end -}}

{{/*
Graceful shutdown: Kubernetes sends SIGTERM after the preStop sleep and kills
the container terminationGracePeriodSeconds after the pod started terminating.
The service must get its whole SHUTDOWN_TIMEOUT_MS after the sleep, or the
kill cuts a relay publish or a handler in half.
*/}}
{{- $needMs := add (int $v.shutdownTimeoutMs) (mul (int $v.preStopSleepSeconds) 1000) -}}
{{- if le (mul (int $v.terminationGracePeriodSeconds) 1000) (int $needMs) -}}
{{- fail (printf "%s.terminationGracePeriodSeconds (%v) must be longer than preStopSleepSeconds (%v) plus shutdownTimeoutMs (%v ms), or Kubernetes kills the service in the middle of its graceful shutdown" $name $v.terminationGracePeriodSeconds $v.preStopSleepSeconds $v.shutdownTimeoutMs) -}}
{{- end -}}

{{- if $v.podDisruptionBudget.enabled -}}
{{- $least := ternary (int $v.autoscaling.minReplicas) (int $v.replicaCount) (eq $v.autoscaling.enabled true) -}}
{{- if le $least (int $v.podDisruptionBudget.minAvailable) -}}
{{- fail (printf "%s.podDisruptionBudget.minAvailable (%v) must be lower than the number of replicas (%v), or no node can ever be drained; raise replicaCount (autoscaling.minReplicas) or disable the budget" $name $v.podDisruptionBudget.minAvailable $least) -}}
{{- end -}}
{{- end -}}

{{- if $v.autoscaling.enabled -}}
{{- if lt (int $v.autoscaling.maxReplicas) (int $v.autoscaling.minReplicas) -}}
{{- fail (printf "%s.autoscaling.maxReplicas (%v) is lower than autoscaling.minReplicas (%v)" $name $v.autoscaling.maxReplicas $v.autoscaling.minReplicas) -}}
{{- end -}}
{{- end -}}

{{- $hooks := (($v.networkPolicy.egress | default dict).webhookTargets | default dict) -}}
{{- if and $hooks.enabled (ne $name "publication") -}}
{{- fail (printf "%s.networkPolicy.egress.webhookTargets.enabled is true, but only publication delivers webhooks; the other services get no egress to arbitrary hosts" $name) -}}
{{- end -}}

{{- if and $v.ingress.enabled (not $v.service.public) -}}
{{- fail (printf "%s.ingress.enabled is true, but only the gateway is reachable from outside the cluster (service.public); the other services are internal" $name) -}}
{{- end -}}
{{- end -}}
