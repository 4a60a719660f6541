{{/*
Everything a service chart deploys. A service chart's only template is
  {{ include "inspectorate-service.all" . }}
*/}}
{{- define "inspectorate-service.all" -}}
{{- include "inspectorate-service.validate" . -}}
{{- $parts := list "serviceaccount" "configmap" "service" "deployment" "pdb" "hpa" "networkpolicy" "ingress" "servicemonitor" -}}
{{- range $part := $parts }}
{{- $doc := include (printf "inspectorate-service.%s" $part) $ | trim -}}
{{- if $doc }}
---
{{ $doc }}
{{- end }}
{{- end }}
{{- end -}}
