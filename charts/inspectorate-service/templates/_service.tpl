{{- define "inspectorate-service.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "inspectorate-service.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}
