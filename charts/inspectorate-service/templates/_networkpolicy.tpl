{{/*
Who may connect to the service's pods. The gateway (service.public) takes
traffic from anywhere (its Ingress controller, partner systems); every other
service only from the gateway's pods and from the monitoring namespace
(Prometheus scraping /metrics). Egress is left open: Kafka, MongoDB and SMTP
live outside the chart.
*/}}
{{- define "inspectorate-service.networkpolicy" -}}
{{- if .Values.networkPolicy.enabled -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "inspectorate-service.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    {{- if .Values.service.public }}
    - ports:
        - port: http
          protocol: TCP
    {{- else }}
    - from:
        - podSelector:
            matchLabels:
              {{- toYaml .Values.networkPolicy.gatewayPodLabels | nindent 14 }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ .Values.networkPolicy.monitoringNamespace }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
{{- end -}}
{{- end -}}
