{{/* The gateway's Ingress; the validation refuses one for any other service. */}}
{{- define "inspectorate-service.ingress" -}}
{{- if .Values.ingress.enabled -}}
{{- $fullname := include "inspectorate-service.fullname" . -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if .Values.ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ required "ingress.host is required when the ingress is enabled" .Values.ingress.host | quote }}
      secretName: {{ required "ingress.tls.secretName is required when ingress.tls.enabled" .Values.ingress.tls.secretName }}
  {{- end }}
  rules:
    - host: {{ required "ingress.host is required when the ingress is enabled" .Values.ingress.host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ $fullname }}
                port:
                  name: http
{{- end -}}
{{- end -}}
