{{- define "inspectorate-service.deployment" -}}
{{- $name := include "inspectorate-service.name" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "inspectorate-service.fullname" . }}
  labels:
    {{- include "inspectorate-service.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: {{ .Values.revisionHistoryLimit }}
  selector:
    matchLabels:
      {{- include "inspectorate-service.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      # A new pod must be ready before an old one goes: capacity never drops in an upgrade.
      maxUnavailable: 0
      maxSurge: {{ .Values.rollingUpdate.maxSurge }}
  template:
    metadata:
      labels:
        {{- include "inspectorate-service.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        # A changed ConfigMap rolls the pods (env is read once, at start).
        checksum/config: {{ include "inspectorate-service.configmap.data" . | sha256sum }}
        {{- if .Values.metrics.scrape }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ .Values.service.port | toString | quote }}
        prometheus.io/path: /metrics
        {{- end }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "inspectorate-service.serviceAccountName" . }}
      automountServiceAccountToken: false
      # Service links would add variables like SMTP_PORT=tcp://10.0.0.7:25 for
      # every Service in the namespace, and the config validation reads those names.
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ $name }}
          image: {{ include "inspectorate-service.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.service.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "inspectorate-service.fullname" . }}-env
          env:
            - name: MONGODB_URI
              valueFrom:
                secretKeyRef:
                  name: {{ include "inspectorate-service.mongodbSecretName" . }}
                  key: {{ include "inspectorate-service.mongodbSecretKey" . }}
            {{- range $key, $ref := (.Values.secretEnv | default dict) }}
            - name: {{ $key }}
              valueFrom:
                secretKeyRef:
                  name: {{ $ref.secretName }}
                  key: {{ $ref.key }}
                  {{- if hasKey $ref "optional" }}
                  optional: {{ $ref.optional }}
                  {{- end }}
            {{- end }}
          # Started = serves HTTP, which startService does only after MongoDB
          # and the Kafka consumer are connected; until then liveness waits.
          startupProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: {{ .Values.probes.startup.periodSeconds }}
            timeoutSeconds: {{ .Values.probes.startup.timeoutSeconds }}
            failureThreshold: {{ .Values.probes.startup.failureThreshold }}
          # Liveness checks no dependency: a MongoDB outage must not restart every replica.
          livenessProbe:
            httpGet:
              path: /health/live
              port: http
            periodSeconds: {{ .Values.probes.liveness.periodSeconds }}
            timeoutSeconds: {{ .Values.probes.liveness.timeoutSeconds }}
            failureThreshold: {{ .Values.probes.liveness.failureThreshold }}
          # Readiness checks MongoDB and Kafka (each bounded at 3 s by the service).
          readinessProbe:
            httpGet:
              path: /health/ready
              port: http
            periodSeconds: {{ .Values.probes.readiness.periodSeconds }}
            timeoutSeconds: {{ .Values.probes.readiness.timeoutSeconds }}
            failureThreshold: {{ .Values.probes.readiness.failureThreshold }}
          {{- if gt (int .Values.preStopSleepSeconds) 0 }}
          lifecycle:
            # Keep serving while the endpoint removal reaches every kube-proxy and
            # Ingress controller; only then does SIGTERM start the graceful shutdown.
            preStop:
              sleep:
                seconds: {{ .Values.preStopSleepSeconds }}
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            {{- toYaml .Values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            # The root filesystem is read-only; Node and PDF rendering may need a scratch dir.
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpSizeLimit }}
      {{- if .Values.topologySpread.enabled }}
      topologySpreadConstraints:
        # Replicas on different nodes, so one node failure leaves the service up.
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "inspectorate-service.selectorLabels" . | nindent 14 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
