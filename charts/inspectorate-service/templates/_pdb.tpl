{{- define "inspectorate-service.pdb" -}}
{{- if .Values.podDisruptionBudget.enabled -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
spec:
  minAvailable: {{ .Values.podDisruptionBudget.minAvailable }}
  selector:
    matchLabels:
      {{- include "inspectorate-service.selectorLabels" . | nindent 6 }}
{{- end -}}
{{- end -}}
