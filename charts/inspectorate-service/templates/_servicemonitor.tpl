{{/*
A prometheus-operator ServiceMonitor, for clusters that have its CRD; the pod
annotations (prometheus.io/*) serve annotation-based scrapers either way.
*/}}
{{- define "inspectorate-service.servicemonitor" -}}
{{- if .Values.metrics.serviceMonitor.enabled -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
    {{- with .Values.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "inspectorate-service.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /metrics
      interval: {{ .Values.metrics.serviceMonitor.interval }}
{{- end -}}
{{- end -}}
