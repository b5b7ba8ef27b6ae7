{{/*
Helpers shared by the Hearth templates.

The three applications live under .Values.platform, .Values.tenantAdmin and
.Values.operatorPortal. The templates iterate over "hearth.components", which maps each values key
to the component name used in resource names and in the app.kubernetes.io/component label.
*/}}

{{/*
Values key -> component name, as a YAML dict (use with fromYaml).
*/}}
{{- define "hearth.components" -}}
platform: platform
tenantAdmin: tenant-admin
operatorPortal: operator-portal
{{- end -}}

{{/*
Chart name, overridable with nameOverride.
*/}}
{{- define "hearth.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Fully qualified release prefix. Truncated to 40 characters so that "<prefix>-operator-portal-tls"
and similar names stay within the 63 character DNS label limit.
*/}}
{{- define "hearth.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "hearth.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Name of one application's resources (Deployment, Service, ConfigMap, ...).
Usage: include "hearth.componentName" (dict "root" $ "component" "platform")
*/}}
{{- define "hearth.componentName" -}}
{{- printf "%s-%s" (include "hearth.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Selector labels of one application (immutable once deployed: keep them minimal).
Usage: include "hearth.selectorLabels" (dict "root" $ "component" "platform")
*/}}
{{- define "hearth.selectorLabels" -}}
app.kubernetes.io/name: {{ include "hearth.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{/*
Standard labels of one application's resources (Helm / Kubernetes recommended labels).
Usage: include "hearth.labels" (dict "root" $ "component" "platform")
*/}}
{{- define "hearth.labels" -}}
helm.sh/chart: {{ include "hearth.chart" .root }}
{{ include "hearth.selectorLabels" . }}
app.kubernetes.io/part-of: {{ include "hearth.name" .root }}
{{- with .root.Chart.AppVersion }}
app.kubernetes.io/version: {{ . | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- with .root.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
Container image of one application: [image.registry/]repository:tag.
Usage: include "hearth.image" (dict "root" $ "app" $app)
*/}}
{{- define "hearth.image" -}}
{{- $registry := .root.Values.image.registry | default "" | trimSuffix "/" -}}
{{- $tag := .app.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .app.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .app.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/*
Name of the platform's ServiceAccount.
*/}}
{{- define "hearth.platform.serviceAccountName" -}}
{{- $sa := .Values.platform.serviceAccount -}}
{{- if $sa.create -}}
{{- default (include "hearth.componentName" (dict "root" . "component" "platform")) $sa.name -}}
{{- else -}}
{{- default "default" $sa.name -}}
{{- end -}}
{{- end -}}

{{/*
URL the portals use to call the platform API: platformUrl if set, otherwise the platform
Service's in-cluster URL.
*/}}
{{- define "hearth.platformUrl" -}}
{{- if .Values.platformUrl -}}
{{- .Values.platformUrl | trimSuffix "/" -}}
{{- else -}}
{{- printf "http://%s.%s.svc.%s:%v" (include "hearth.componentName" (dict "root" . "component" "platform")) .Release.Namespace .Values.clusterDomain (int .Values.platform.service.port) -}}
{{- end -}}
{{- end -}}

{{/*
Keycloak realm URL (QUARKUS_OIDC_AUTH_SERVER_URL): <keycloak.url>/realms/<keycloak.realm>.
*/}}
{{- define "hearth.oidcAuthServerUrl" -}}
{{- $url := required "keycloak.url is required: the Keycloak base URL, e.g. https://keycloak.example.com" .Values.keycloak.url | trimSuffix "/" -}}
{{- $realm := required "keycloak.realm is required: the Keycloak realm of Hearth, e.g. hearth" .Values.keycloak.realm -}}
{{- printf "%s/realms/%s" $url $realm -}}
{{- end -}}

{{/*
Namespace of the tenant resources the platform provisions: platform.provisioning.namespace, or the
release namespace.
*/}}
{{- define "hearth.provisioningNamespace" -}}
{{- default .Release.Namespace .Values.platform.provisioning.namespace -}}
{{- end -}}

{{/*
Whether the PodDisruptionBudget of an application is rendered. pdb.enabled true/false forces it;
null (the default) means "when the app can run more than one replica": replicas > 1, or for the
platform with the HPA enabled, hpa.minReplicas > 1 (a PDB with minAvailable 1 over a single
replica would block node drains).
Usage: include "hearth.pdbEnabled" (dict "key" "platform" "app" $app)  -> "true" or ""
*/}}
{{- define "hearth.pdbEnabled" -}}
{{- $app := .app -}}
{{- if kindIs "invalid" $app.pdb.enabled -}}
{{- $min := int $app.replicas -}}
{{- if and $app.hpa $app.hpa.enabled -}}
{{- $min = int $app.hpa.minReplicas -}}
{{- end -}}
{{- if gt $min 1 -}}true{{- end -}}
{{- else if $app.pdb.enabled -}}true
{{- end -}}
{{- end -}}

{{/*
SMS provider of the platform (platform.sms.provider): "log" or "aliyun"; anything else fails.
*/}}
{{- define "hearth.smsProvider" -}}
{{- $provider := toString (default "" .Values.platform.sms.provider) -}}
{{- if not (has $provider (list "log" "aliyun")) -}}
{{- fail (printf "platform.sms.provider must be \"log\" or \"aliyun\" (got %q)" $provider) -}}
{{- end -}}
{{- $provider -}}
{{- end -}}

{{/*
File storage of the platform (platform.files.storage): "filesystem" or "s3"; anything else fails.
*/}}
{{- define "hearth.filesStorage" -}}
{{- $storage := toString (default "" .Values.platform.files.storage) -}}
{{- if not (has $storage (list "filesystem" "s3")) -}}
{{- fail (printf "platform.files.storage must be \"filesystem\" or \"s3\" (got %q)" $storage) -}}
{{- end -}}
{{- $storage -}}
{{- end -}}

{{/*
Proxies allowed to set the platform's X-Forwarded-* headers (platform.trustedProxies, a
comma-separated string or a list), comma-joined; empty when none are configured.
*/}}
{{- define "hearth.platform.trustedProxies" -}}
{{- $proxies := .Values.platform.trustedProxies -}}
{{- if kindIs "slice" $proxies -}}
{{- $proxies = join "," $proxies -}}
{{- end -}}
{{- toString (default "" $proxies) | nospace -}}
{{- end -}}

{{/*
Non-secret settings of one application, rendered as the data of its ConfigMap.
Also hashed into the pod annotation checksum/config, so that changing them rolls the pods.
Usage: include "hearth.configData" (dict "root" $ "key" "platform" "app" $app)
*/}}
{{- define "hearth.configData" -}}
{{- $root := .root -}}
{{- $app := .app -}}
QUARKUS_PROFILE: {{ $root.Values.quarkusProfile | quote }}
QUARKUS_HTTP_PORT: {{ $app.containerPort | toString | quote }}
QUARKUS_OIDC_AUTH_SERVER_URL: {{ include "hearth.oidcAuthServerUrl" $root | quote }}
{{- with $app.oidc.clientId }}
QUARKUS_OIDC_CLIENT_ID: {{ . | quote }}
{{- end }}
{{- if eq .key "platform" }}
{{- $pg := $root.Values.postgresql }}
{{- $pgHost := required "postgresql.host is required: the host name of the external PostgreSQL server" $pg.host }}
{{- $jdbc := printf "jdbc:postgresql://%s:%v/%s" $pgHost (int $pg.port) (required "postgresql.database is required" $pg.database) }}
{{- if $pg.parameters }}
{{- $jdbc = printf "%s?%s" $jdbc (trimPrefix "?" $pg.parameters) }}
{{- end }}
QUARKUS_DATASOURCE_JDBC_URL: {{ $jdbc | quote }}
{{- $redis := $root.Values.redis }}
{{- $redisHost := required "redis.host is required: the host name of the external Redis server" $redis.host }}
QUARKUS_REDIS_HOSTS: {{ printf "%s://%s:%v/%v" (ternary "rediss" "redis" (eq (toString $redis.tls) "true")) $redisHost (int $redis.port) (int $redis.database) | quote }}
RABBITMQ_HOST: {{ required "rabbitmq.host is required: the host name of the external RabbitMQ broker" $root.Values.rabbitmq.host | quote }}
RABBITMQ_PORT: {{ $root.Values.rabbitmq.port | toString | quote }}
{{- $provisioning := $app.provisioning }}
HEARTH_PROVISIONING_KUBERNETES_ENABLED: {{ $provisioning.kubernetes.enabled | toString | quote }}
HEARTH_PROVISIONING_NAMESPACE: {{ include "hearth.provisioningNamespace" $root | quote }}
HEARTH_PROVISIONING_H5_SERVICE: {{ required "platform.provisioning.h5Service.name is required" $provisioning.h5Service.name | quote }}
HEARTH_PROVISIONING_H5_SERVICE_PORT: {{ required "platform.provisioning.h5Service.port is required" $provisioning.h5Service.port | toString | quote }}
{{- with $provisioning.ingressClassName }}
HEARTH_PROVISIONING_INGRESS_CLASS_NAME: {{ . | quote }}
{{- end }}
{{- with $provisioning.tlsSecretPattern }}
HEARTH_PROVISIONING_H5_TLS_SECRET_PATTERN: {{ . | quote }}
{{- end }}
{{- if $app.oidc.credentialsSecret.existingSecret }}
QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL: {{ $root.Values.keycloak.url | trimSuffix "/" | quote }}
QUARKUS_KEYCLOAK_ADMIN_CLIENT_REALM: {{ $root.Values.keycloak.realm | quote }}
{{- end }}
{{- $sms := $app.sms }}
HEARTH_SMS_PROVIDER: {{ include "hearth.smsProvider" $root | quote }}
{{- with $sms.signName }}
HEARTH_AUTH_OTP_SIGN_NAME: {{ . | quote }}
{{- end }}
{{- with $sms.loginTemplateCode }}
HEARTH_AUTH_OTP_TEMPLATE_CODE: {{ . | quote }}
{{- end }}
{{- if and (eq (include "hearth.smsProvider" $root) "aliyun") $sms.aliyun.endpoint }}
HEARTH_SMS_ALIYUN_ENDPOINT: {{ $sms.aliyun.endpoint | quote }}
{{- end }}
{{- $files := $app.files }}
HEARTH_FILES_STORAGE: {{ include "hearth.filesStorage" $root | quote }}
{{- if eq (include "hearth.filesStorage" $root) "filesystem" }}
HEARTH_FILES_FILESYSTEM_ROOT: {{ required "platform.files.filesystem.root is required when platform.files.storage is filesystem" $files.filesystem.root | quote }}
{{- else }}
HEARTH_FILES_S3_ENDPOINT: {{ required "platform.files.s3.endpoint is required when platform.files.storage is s3" $files.s3.endpoint | quote }}
HEARTH_FILES_S3_REGION: {{ required "platform.files.s3.region is required when platform.files.storage is s3" $files.s3.region | quote }}
HEARTH_FILES_S3_BUCKET: {{ required "platform.files.s3.bucket is required when platform.files.storage is s3" $files.s3.bucket | quote }}
HEARTH_FILES_S3_PATH_STYLE: {{ $files.s3.pathStyle | toString | quote }}
{{- end }}
{{- with $files.maxSize.image }}
HEARTH_FILES_MAX_SIZE_IMAGE: {{ . | toString | quote }}
{{- end }}
{{- with $files.maxSize.pdf }}
HEARTH_FILES_MAX_SIZE_PDF: {{ . | toString | quote }}
{{- end }}
{{- with $app.payments.publicBaseUrl }}
HEARTH_PAYMENT_PUBLIC_BASE_URL: {{ . | quote }}
{{- end }}
HEARTH_PAYMENT_SANDBOX_ENABLED: {{ $app.payments.sandboxEnabled | toString | quote }}
{{- with include "hearth.platform.trustedProxies" $root }}
QUARKUS_HTTP_PROXY_TRUSTED_PROXIES: {{ . | quote }}
{{- end }}
{{- else }}
HEARTH_PLATFORM_URL: {{ include "hearth.platformUrl" $root | quote }}
{{- end }}
{{- range $k, $v := $app.config }}
{{ $k }}: {{ $v | toString | quote }}
{{- end }}
{{- end -}}

{{/*
Container env entries that read credentials from existing Secrets (valueFrom.secretKeyRef).
The chart never holds secret values itself.
Usage: include "hearth.secretEnv" (dict "root" $ "key" "platform" "app" $app)
*/}}
{{- define "hearth.secretEnv" -}}
{{- $root := .root -}}
{{- if eq .key "platform" }}
{{- $pg := $root.Values.postgresql.auth }}
{{- $pgSecret := required "postgresql.auth.existingSecret is required: the name of an existing Secret with the database username and password" $pg.existingSecret }}
- name: QUARKUS_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $pgSecret | quote }}
      key: {{ $pg.usernameKey | quote }}
- name: QUARKUS_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $pgSecret | quote }}
      key: {{ $pg.passwordKey | quote }}
{{- $redis := $root.Values.redis.auth }}
{{- if $redis.enabled }}
- name: QUARKUS_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "redis.auth.existingSecret is required when redis.auth.enabled is true" $redis.existingSecret | quote }}
      key: {{ $redis.passwordKey | quote }}
{{- end }}
{{- $mq := $root.Values.rabbitmq.auth }}
{{- $mqSecret := required "rabbitmq.auth.existingSecret is required: the name of an existing Secret with the RabbitMQ username and password" $mq.existingSecret }}
- name: RABBITMQ_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $mqSecret | quote }}
      key: {{ $mq.usernameKey | quote }}
- name: RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $mqSecret | quote }}
      key: {{ $mq.passwordKey | quote }}
{{- $keys := .app.keysSecret }}
{{- $keysSecret := required (printf "platform.keysSecret.existingSecret is required: the name of an existing Secret with the platform's keys %s, %s and %s (see values.yaml for how to create it)" $keys.dataKeyKey $keys.indexKeyKey $keys.signingKeyKey) $keys.existingSecret }}
- name: HEARTH_CRYPTO_DATA_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $keysSecret | quote }}
      key: {{ $keys.dataKeyKey | quote }}
- name: HEARTH_CRYPTO_INDEX_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $keysSecret | quote }}
      key: {{ $keys.indexKeyKey | quote }}
- name: HEARTH_AUTH_SIGNING_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $keysSecret | quote }}
      key: {{ $keys.signingKeyKey | quote }}
{{- if eq (include "hearth.smsProvider" $root) "aliyun" }}
{{- $aliyun := .app.sms.aliyun }}
{{- $aliyunSecret := required (printf "platform.sms.aliyun.existingSecret is required when platform.sms.provider is aliyun: the name of an existing Secret with the Aliyun AccessKey (keys %s, %s)" $aliyun.accessKeyIdKey $aliyun.accessKeySecretKey) $aliyun.existingSecret }}
- name: HEARTH_SMS_ALIYUN_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $aliyunSecret | quote }}
      key: {{ $aliyun.accessKeyIdKey | quote }}
- name: HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $aliyunSecret | quote }}
      key: {{ $aliyun.accessKeySecretKey | quote }}
{{- end }}
{{- if eq (include "hearth.filesStorage" $root) "s3" }}
{{- $s3 := .app.files.s3 }}
{{- $s3Secret := required (printf "platform.files.s3.existingSecret is required when platform.files.storage is s3: the name of an existing Secret with the S3 access key (keys %s, %s)" $s3.accessKeyIdKey $s3.secretAccessKeyKey) $s3.existingSecret }}
- name: HEARTH_FILES_S3_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ $s3Secret | quote }}
      key: {{ $s3.accessKeyIdKey | quote }}
- name: HEARTH_FILES_S3_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $s3Secret | quote }}
      key: {{ $s3.secretAccessKeyKey | quote }}
{{- end }}
{{- end }}
{{- with .app.oidc.credentialsSecret }}
{{- if .existingSecret }}
- name: QUARKUS_OIDC_CREDENTIALS_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret | quote }}
      key: {{ .key | quote }}
{{- end }}
{{- end }}
{{- end -}}

{{/*
Checks of value combinations that the templates cannot express as "required".
Rendered (as nothing) from configmap.yaml, so that any helm template/install/lint runs it.
*/}}
{{- define "hearth.validate" -}}
{{- $components := include "hearth.components" . | fromYaml -}}
{{- range $key, $component := $components -}}
{{- $app := index $.Values $key -}}
{{- if $app.enabled -}}
{{- if lt (int $app.replicas) 0 -}}
{{- fail (printf "%s.replicas must be >= 0 (got %v)" $key $app.replicas) -}}
{{- end -}}
{{- if not $app.image.repository -}}
{{- fail (printf "%s.image.repository is required" $key) -}}
{{- end -}}
{{- if and $app.ingress.enabled (not $app.ingress.host) -}}
{{- fail (printf "%s.ingress.host is required when %s.ingress.enabled is true" $key $key) -}}
{{- end -}}
{{- if not (has (toString (default "" $app.podAntiAffinity)) (list "" "soft" "hard")) -}}
{{- fail (printf "%s.podAntiAffinity must be \"\", \"soft\" or \"hard\" (got %q)" $key (toString (default "" $app.podAntiAffinity))) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if .Values.platform.enabled -}}
{{- $_ := include "hearth.smsProvider" . -}}
{{- $_ := include "hearth.filesStorage" . -}}
{{- end -}}
{{- $hpa := .Values.platform.hpa -}}
{{- if and .Values.platform.enabled $hpa.enabled -}}
{{- if lt (int $hpa.minReplicas) 1 -}}
{{- fail (printf "platform.hpa.minReplicas must be >= 1 (got %v)" $hpa.minReplicas) -}}
{{- end -}}
{{- if gt (int $hpa.minReplicas) (int $hpa.maxReplicas) -}}
{{- fail (printf "platform.hpa.minReplicas (%v) must not be greater than platform.hpa.maxReplicas (%v)" $hpa.minReplicas $hpa.maxReplicas) -}}
{{- end -}}
{{- end -}}
{{- end -}}
