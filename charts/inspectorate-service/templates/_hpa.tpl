{{/*
Optional. More consumer replicas than a topic has partitions (6, commands 3)
sit idle on the Kafka side, so maxReplicas above 6 only helps HTTP load.
*/}}
{{- define "inspectorate-service.hpa" -}}
{{- if .Values.autoscaling.enabled -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "inspectorate-service.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
  behavior:
    # Scaling down moves Kafka partitions (a consumer group rebalance): not on every dip.
    scaleDown:
      stabilizationWindowSeconds: 300
{{- end -}}
{{- end -}}
