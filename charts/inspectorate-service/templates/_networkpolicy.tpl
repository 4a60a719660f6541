{{/*
Who may connect to the service's pods. The gateway (service.public) takes
traffic from anywhere (its Ingress controller, partner systems); every other
service only from the gateway's pods and from the monitoring namespace
(Prometheus scraping /metrics).

Egress is open unless networkPolicy.egress.enabled: Kafka, MongoDB, SMTP and
the identity provider live outside the chart, so only the installer knows their
addresses. When enabled, the pods may reach DNS, the installer's
`egress.platform` rules (those dependencies), and, for publication only
(`egress.webhookTargets`), the webhook receivers: the allowed target ranges
(public addresses; private, loopback and link-local ones excepted) on the
allowed ports. That is the second line behind the service's own SSRF check,
which cannot see a DNS answer that changes between its check and the connection.
*/}}
{{- define "inspectorate-service.networkpolicy" -}}
{{- if .Values.networkPolicy.enabled -}}
{{- $egress := .Values.networkPolicy.egress | default dict -}}
{{- $hooks := $egress.webhookTargets | default dict -}}
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
    {{- if $egress.enabled }}
    - Egress
    {{- end }}
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
  {{- if $egress.enabled }}
  egress:
    - ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- with $egress.platform }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    {{- if $hooks.enabled }}
    - to:
        {{- range $hooks.cidrs }}
        - ipBlock:
            cidr: {{ .cidr }}
            {{- with .except }}
            except:
              {{- toYaml . | nindent 14 }}
            {{- end }}
        {{- end }}
      ports:
        {{- range $hooks.ports }}
        - port: {{ . }}
          protocol: TCP
        {{- end }}
    {{- end }}
  {{- end }}
{{- end -}}
{{- end -}}
