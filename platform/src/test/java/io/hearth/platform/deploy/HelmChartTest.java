package io.hearth.platform.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lints and renders the Helm chart in {@code helm/hearth} with helm-java (Helm 3 embedded as a
 * native library, no helm binary or cluster needed) and checks the rendered manifests.
 *
 * <p>Plain JUnit: no Quarkus application is started. The chart is found by walking up from the
 * working directory (Maven runs the tests in the module directory, so usually {@code
 * ../helm/hearth}); the system property {@code hearth.chart.dir} overrides that.
 */
class HelmChartTest {

  private static final String RELEASE = "hearth";
  private static final String NAMESPACE = "hearth-test";
  /**
   * The chart declares kubeVersion >= 1.23 (autoscaling/v2, policy/v1). helm-java's embedded Helm
   * is built without the version ldflags of the helm CLI and defaults to Kubernetes v1.20.0 when
   * no cluster is given, so the tests name a version, as {@code helm template --kube-version} does.
   */
  private static final String KUBE_VERSION = "1.31.0";

  private static final Map<String, Integer> PORTS =
      Map.of("platform", 8080, "tenant-admin", 8081, "operator-portal", 8082);
  private static final String PLATFORM = RELEASE + "-platform";
  private static final String TENANT_ADMIN = RELEASE + "-tenant-admin";
  private static final String OPERATOR_PORTAL = RELEASE + "-operator-portal";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static Path chartDir;
  private static Helm helm;

  @BeforeAll
  static void locateChart() {
    chartDir = findChart();
    helm = new Helm(chartDir);
  }

  // ---------------------------------------------------------------------------------------------
  // lint

  @Test
  void lintPassesWithoutErrorsOrWarnings() {
    LintResult result = helm.lint().call();
    assertFalse(result.isFailed(), () -> "helm lint failed:\n" + String.join("\n", result.getMessages()));
    assertTrue(
        result.getMessages().stream().noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]")),
        () -> "helm lint reported problems:\n" + String.join("\n", result.getMessages()));

    LintResult strict = helm.lint().strict().call();
    assertFalse(strict.isFailed(), () -> "helm lint --strict failed:\n" + String.join("\n", strict.getMessages()));
  }

  // ---------------------------------------------------------------------------------------------
  // default render

  @Test
  void defaultRenderHasTheWorkloadsOfTheThreeApps() {
    Manifests m = render(Map.of());

    assertEquals(List.of(OPERATOR_PORTAL, PLATFORM, TENANT_ADMIN), m.names("Deployment"));
    assertEquals(List.of(OPERATOR_PORTAL, PLATFORM, TENANT_ADMIN), m.names("Service"));
    assertEquals(List.of(OPERATOR_PORTAL, PLATFORM, TENANT_ADMIN), m.names("ConfigMap"));
    assertEquals(List.of(OPERATOR_PORTAL, PLATFORM, TENANT_ADMIN), m.names("PodDisruptionBudget"));
    assertEquals(List.of(), m.names("Ingress"), "no Ingress unless enabled");
    assertEquals(List.of(), m.names("Secret"), "the chart must never render Secrets");

    for (JsonNode pdb : m.all("PodDisruptionBudget")) {
      assertEquals("policy/v1", pdb.path("apiVersion").asText());
      assertEquals(1, pdb.at("/spec/minAvailable").asInt());
      assertEquals(
          pdb.at("/metadata/labels/app.kubernetes.io~1component").asText(),
          pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1component").asText());
    }

    for (JsonNode service : m.all("Service")) {
      String component = component(service);
      JsonNode port = service.at("/spec/ports/0");
      assertEquals(PORTS.get(component).intValue(), port.path("port").asInt(), component);
      assertEquals("http", port.path("targetPort").asText(), component);
      assertEquals(component, service.at("/spec/selector/app.kubernetes.io~1component").asText());
    }
  }

  @Test
  void everyResourceCarriesTheRecommendedLabels() {
    Manifests m = render(Map.of());
    assertFalse(m.docs.isEmpty());
    for (JsonNode doc : m.docs) {
      JsonNode labels = doc.at("/metadata/labels");
      String what = doc.path("kind").asText() + "/" + doc.at("/metadata/name").asText();
      assertAll(
          what,
          () -> assertEquals("hearth", labels.path("app.kubernetes.io/name").asText()),
          () -> assertEquals(RELEASE, labels.path("app.kubernetes.io/instance").asText()),
          () -> assertTrue(PORTS.containsKey(labels.path("app.kubernetes.io/component").asText())),
          () -> assertEquals("0.1.0", labels.path("app.kubernetes.io/version").asText()),
          () -> assertEquals("Helm", labels.path("app.kubernetes.io/managed-by").asText()),
          () -> assertEquals("hearth-0.1.0", labels.path("helm.sh/chart").asText()),
          () -> assertEquals(NAMESPACE, doc.at("/metadata/namespace").asText()));
    }
  }

  @Test
  void platformIsAutoscaledAndMayManageConfigMapsAndIngresses() {
    Manifests m = render(Map.of());

    JsonNode hpa = m.one("HorizontalPodAutoscaler", PLATFORM);
    assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
    assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
    assertEquals(PLATFORM, hpa.at("/spec/scaleTargetRef/name").asText());
    assertEquals(2, hpa.at("/spec/minReplicas").asInt());
    assertEquals(6, hpa.at("/spec/maxReplicas").asInt());
    assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
    assertEquals(70, hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt());
    assertEquals(1, m.all("HorizontalPodAutoscaler").size(), "only the platform is autoscaled");
    assertTrue(m.one("Deployment", PLATFORM).at("/spec/replicas").isMissingNode(),
        "with the HPA enabled the Deployment must leave replicas to it");
    assertEquals(2, m.one("Deployment", TENANT_ADMIN).at("/spec/replicas").asInt());

    JsonNode sa = m.one("ServiceAccount", PLATFORM);
    JsonNode platformPod = m.one("Deployment", PLATFORM).at("/spec/template/spec");
    assertEquals(sa.at("/metadata/name").asText(), platformPod.path("serviceAccountName").asText());
    assertTrue(platformPod.path("automountServiceAccountToken").asBoolean());
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      assertFalse(m.one("Deployment", portal).at("/spec/template/spec/automountServiceAccountToken").asBoolean(true),
          portal + " does not need a Kubernetes API token");
    }

    JsonNode role = m.one("Role", PLATFORM);
    Map<String, List<String>> verbsByResource = new LinkedHashMap<>();
    for (JsonNode rule : role.path("rules")) {
      for (JsonNode resource : rule.path("resources")) {
        verbsByResource.put(resource.asText(), texts(rule.path("verbs")));
      }
    }
    for (String resource : List.of("configmaps", "ingresses")) {
      assertTrue(verbsByResource.containsKey(resource), "Role lacks " + resource);
      assertTrue(verbsByResource.get(resource).containsAll(List.of("get", "list", "watch", "create", "update", "patch", "delete")),
          resource + ": " + verbsByResource.get(resource));
    }
    assertEquals(List.of(), m.names("ClusterRole"), "the platform's rights stay in its namespace");

    JsonNode binding = m.one("RoleBinding", PLATFORM);
    assertEquals(PLATFORM, binding.at("/roleRef/name").asText());
    assertEquals("ServiceAccount", binding.at("/subjects/0/kind").asText());
    assertEquals(sa.at("/metadata/name").asText(), binding.at("/subjects/0/name").asText());
    assertEquals(NAMESPACE, binding.at("/subjects/0/namespace").asText());
  }

  @Test
  void configMapsHoldTheNonSecretSettings() {
    Manifests m = render(Map.of());

    JsonNode platform = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("prod", platform.path("QUARKUS_PROFILE").asText());
    assertEquals("8080", platform.path("QUARKUS_HTTP_PORT").asText());
    assertEquals("jdbc:postgresql://hearth-postgresql:5432/hearth", platform.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
    assertEquals("redis://hearth-redis-master:6379/0", platform.path("QUARKUS_REDIS_HOSTS").asText());
    assertEquals("hearth-rabbitmq", platform.path("RABBITMQ_HOST").asText());
    assertEquals("5672", platform.path("RABBITMQ_PORT").asText());
    assertEquals("https://keycloak.example.com/realms/hearth", platform.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
    assertTrue(platform.path("HEARTH_PLATFORM_URL").isMissingNode());

    String platformUrl = "http://" + PLATFORM + "." + NAMESPACE + ".svc.cluster.local:8080";
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      JsonNode data = m.one("ConfigMap", portal).path("data");
      assertEquals(platformUrl, data.path("HEARTH_PLATFORM_URL").asText(), portal);
      assertEquals("prod", data.path("QUARKUS_PROFILE").asText(), portal);
      assertEquals("https://keycloak.example.com/realms/hearth", data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText(), portal);
      assertTrue(data.path("QUARKUS_DATASOURCE_JDBC_URL").isMissingNode(), portal + " has no database");
    }
    // the URL given to the portals really is the platform Service
    assertEquals(8080, m.one("Service", PLATFORM).at("/spec/ports/0/port").asInt());

    for (JsonNode deployment : m.all("Deployment")) {
      assertEquals(deployment.at("/metadata/name").asText(),
          container(deployment).at("/envFrom/0/configMapRef/name").asText(), "envFrom ConfigMap");
    }

    Manifests custom = render(Map.of(
        "postgresql.host", "db.internal", "postgresql.port", "6432", "postgresql.database", "hearth_prod",
        "postgresql.parameters", "sslmode=require", "redis.host", "cache.internal", "redis.tls", "true",
        "rabbitmq.host", "mq.internal", "keycloak.url", "https://sso.example.org/", "keycloak.realm", "homes"));
    JsonNode data = custom.one("ConfigMap", PLATFORM).path("data");
    assertEquals("jdbc:postgresql://db.internal:6432/hearth_prod?sslmode=require", data.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
    assertEquals("rediss://cache.internal:6379/0", data.path("QUARKUS_REDIS_HOSTS").asText());
    assertEquals("mq.internal", data.path("RABBITMQ_HOST").asText());
    assertEquals("https://sso.example.org/realms/homes", data.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText());
  }

  @Test
  void platformProvisionsTenantsInTheReleaseNamespaceByDefault() {
    Manifests m = render(Map.of());

    JsonNode platform = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("true", platform.path("HEARTH_PROVISIONING_KUBERNETES_ENABLED").asText());
    assertEquals(NAMESPACE, platform.path("HEARTH_PROVISIONING_NAMESPACE").asText());
    assertEquals("hearth-h5", platform.path("HEARTH_PROVISIONING_H5_SERVICE").asText());
    assertEquals("80", platform.path("HEARTH_PROVISIONING_H5_SERVICE_PORT").asText());
    assertTrue(platform.path("HEARTH_PROVISIONING_INGRESS_CLASS_NAME").isMissingNode(), "cluster default class");
    assertTrue(platform.path("HEARTH_PROVISIONING_H5_TLS_SECRET_PATTERN").isMissingNode(), "no TLS by default");
    assertTrue(platform.path("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL").isMissingNode(),
        "no Keycloak directory without the platform's client secret (the admin client would refuse to start)");
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      assertTrue(m.one("ConfigMap", portal).at("/data/HEARTH_PROVISIONING_KUBERNETES_ENABLED").isMissingNode(), portal);
    }
    assertEquals(NAMESPACE, m.one("Role", PLATFORM).at("/metadata/namespace").asText());
  }

  @Test
  void provisioningSettingsReachThePlatformAndTheRoleFollowsTheNamespace() {
    Manifests m = render(Map.of(
        "platform.provisioning.kubernetes.enabled", "false",
        "platform.provisioning.namespace", "tenants",
        "platform.provisioning.h5Service.name", "h5-web",
        "platform.provisioning.h5Service.port", "http",
        "platform.provisioning.ingressClassName", "nginx",
        "platform.provisioning.tlsSecretPattern", "tenant-{slug}-h5-tls"));

    JsonNode platform = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("false", platform.path("HEARTH_PROVISIONING_KUBERNETES_ENABLED").asText());
    assertEquals("tenants", platform.path("HEARTH_PROVISIONING_NAMESPACE").asText());
    assertEquals("h5-web", platform.path("HEARTH_PROVISIONING_H5_SERVICE").asText());
    assertEquals("http", platform.path("HEARTH_PROVISIONING_H5_SERVICE_PORT").asText());
    assertEquals("nginx", platform.path("HEARTH_PROVISIONING_INGRESS_CLASS_NAME").asText());
    assertEquals("tenant-{slug}-h5-tls", platform.path("HEARTH_PROVISIONING_H5_TLS_SECRET_PATTERN").asText());

    assertEquals("tenants", m.one("Role", PLATFORM).at("/metadata/namespace").asText());
    JsonNode binding = m.one("RoleBinding", PLATFORM);
    assertEquals("tenants", binding.at("/metadata/namespace").asText());
    assertEquals(NAMESPACE, binding.at("/subjects/0/namespace").asText(), "the ServiceAccount stays in the release namespace");
    assertEquals(NAMESPACE, m.one("ServiceAccount", PLATFORM).at("/metadata/namespace").asText());
  }

  @Test
  void thePlatformsClientSecretTurnsOnTheKeycloakDirectory() {
    Manifests m = render(Map.of(
        "platform.oidc.credentialsSecret.existingSecret", "hearth-platform-oidc",
        "keycloak.url", "https://sso.example.org/", "keycloak.realm", "homes"));

    JsonNode platform = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("https://sso.example.org", platform.path("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL").asText());
    assertEquals("homes", platform.path("QUARKUS_KEYCLOAK_ADMIN_CLIENT_REALM").asText());
    // application.properties falls back to this secret for quarkus.keycloak.admin-client.client-secret
    assertSecretRef(env(m.one("Deployment", PLATFORM)), "QUARKUS_OIDC_CREDENTIALS_SECRET", "hearth-platform-oidc",
        "client-secret");
  }

  @Test
  void probesAndPortsMatchEachApp() {
    Manifests m = render(Map.of());
    for (JsonNode deployment : m.all("Deployment")) {
      String component = component(deployment);
      int expectedPort = PORTS.get(component);
      JsonNode container = container(deployment);
      assertEquals(component, container.path("name").asText());
      assertEquals(expectedPort, portNumber(container, "http"), component);

      JsonNode liveness = container.at("/livenessProbe/httpGet");
      JsonNode readiness = container.at("/readinessProbe/httpGet");
      JsonNode startup = container.at("/startupProbe/httpGet");
      assertEquals("/q/health/live", liveness.path("path").asText(), component);
      assertEquals("/q/health/ready", readiness.path("path").asText(), component);
      assertEquals("/q/health/started", startup.path("path").asText(), component);
      for (JsonNode probe : List.of(liveness, readiness, startup)) {
        assertEquals(expectedPort, portNumber(container, probe.path("port").asText()), component + " probe port");
      }
      assertEquals(String.valueOf(expectedPort),
          m.one("ConfigMap", deployment.at("/metadata/name").asText()).at("/data/QUARKUS_HTTP_PORT").asText(),
          component + ": the app must listen on the probed port");

      assertFalse(container.at("/resources/requests/cpu").isMissingNode(), component);
      assertFalse(container.at("/resources/limits/memory").isMissingNode(), component);
      // above quarkus.shutdown.delay + quarkus.shutdown.timeout (platform 2s + 30s, portals 20s)
      assertEquals(component.equals("platform") ? 40 : 30,
          deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt(), component);
    }
  }

  @Test
  void containersRunAsNonRoot() {
    Manifests m = render(Map.of());
    for (JsonNode deployment : m.all("Deployment")) {
      String component = component(deployment);
      JsonNode pod = deployment.at("/spec/template/spec");
      JsonNode container = container(deployment);
      assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), component);
      assertTrue(container.at("/securityContext/runAsNonRoot").asBoolean(), component);
      assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), component);
      assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), component);
      assertEquals(List.of("ALL"), texts(container.at("/securityContext/capabilities/drop")), component);
      JsonNode runAsUser = pod.at("/securityContext/runAsUser");
      assertTrue(runAsUser.isMissingNode() || runAsUser.asInt() != 0, component + " must not run as root");
    }
  }

  /** Env or ConfigMap names that carry credentials or keys. */
  private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|secret|token|credential|_key(_|$)).*");

  @Test
  void credentialsComeFromSecretReferencesOnly() {
    Manifests m = render(Map.of());

    Map<String, JsonNode> platformEnv = env(m.one("Deployment", PLATFORM));
    assertSecretRef(platformEnv, "QUARKUS_DATASOURCE_USERNAME", "hearth-postgresql", "username");
    assertSecretRef(platformEnv, "QUARKUS_DATASOURCE_PASSWORD", "hearth-postgresql", "password");
    assertSecretRef(platformEnv, "QUARKUS_REDIS_PASSWORD", "hearth-redis", "redis-password");
    assertSecretRef(platformEnv, "RABBITMQ_USERNAME", "hearth-rabbitmq", "username");
    assertSecretRef(platformEnv, "RABBITMQ_PASSWORD", "hearth-rabbitmq", "password");
    assertSecretRef(platformEnv, "HEARTH_CRYPTO_DATA_KEY", "hearth-platform-keys", "data-key");
    assertSecretRef(platformEnv, "HEARTH_CRYPTO_INDEX_KEY", "hearth-platform-keys", "index-key");
    assertSecretRef(platformEnv, "HEARTH_AUTH_SIGNING_KEY", "hearth-platform-keys", "signing-key");
    assertFalse(platformEnv.containsKey("HEARTH_SMS_ALIYUN_ACCESS_KEY_ID"), "no Aliyun AccessKey with the log provider");
    assertFalse(platformEnv.containsKey("QUARKUS_OIDC_CREDENTIALS_SECRET"), "the platform has no client secret by default");
    assertSecretRef(env(m.one("Deployment", TENANT_ADMIN)), "QUARKUS_OIDC_CREDENTIALS_SECRET", "hearth-tenant-admin-oidc", "client-secret");
    assertSecretRef(env(m.one("Deployment", OPERATOR_PORTAL)), "QUARKUS_OIDC_CREDENTIALS_SECRET", "hearth-operator-portal-oidc", "client-secret");

    for (JsonNode deployment : m.all("Deployment")) {
      for (Map.Entry<String, JsonNode> e : env(deployment).entrySet()) {
        if (SENSITIVE.matcher(e.getKey()).matches()) {
          assertTrue(e.getValue().path("value").isMissingNode(), e.getKey() + " must not have a literal value");
          assertFalse(e.getValue().at("/valueFrom/secretKeyRef").isMissingNode(), e.getKey() + " must use secretKeyRef");
        }
      }
    }
    for (JsonNode configMap : m.all("ConfigMap")) {
      for (Map.Entry<String, JsonNode> e : configMap.path("data").properties()) {
        assertFalse(SENSITIVE.matcher(e.getKey()).matches(), "ConfigMap key " + e.getKey() + " looks like a credential");
        assertFalse(e.getValue().asText().matches("(?i)^[a-z][a-z0-9+.-]*://[^/@]+@.*"),
            e.getKey() + " must not carry user info (credentials) in its URL: " + e.getValue().asText());
      }
    }

    // changing secret names and keys changes the references, never copies anything
    Manifests renamed = render(Map.of(
        "postgresql.auth.existingSecret", "pg-creds", "postgresql.auth.passwordKey", "pw",
        "redis.auth.enabled", "false",
        "tenantAdmin.oidc.credentialsSecret.existingSecret", "ta-oidc", "tenantAdmin.oidc.credentialsSecret.key", "secret"));
    Map<String, JsonNode> env = env(renamed.one("Deployment", PLATFORM));
    assertSecretRef(env, "QUARKUS_DATASOURCE_PASSWORD", "pg-creds", "pw");
    assertFalse(env.containsKey("QUARKUS_REDIS_PASSWORD"), "redis.auth.enabled=false drops the Redis password");
    assertSecretRef(env(renamed.one("Deployment", TENANT_ADMIN)), "QUARKUS_OIDC_CREDENTIALS_SECRET", "ta-oidc", "secret");
  }

  @Test
  void platformKeysComeFromTheNamedSecretWithTheConfiguredKeys() {
    Manifests m = render(Map.of(
        "platform.keysSecret.existingSecret", "prod-keys",
        "platform.keysSecret.dataKeyKey", "aes",
        "platform.keysSecret.indexKeyKey", "hmac",
        "platform.keysSecret.signingKeyKey", "rsa.pem"));

    Map<String, JsonNode> env = env(m.one("Deployment", PLATFORM));
    assertSecretRef(env, "HEARTH_CRYPTO_DATA_KEY", "prod-keys", "aes");
    assertSecretRef(env, "HEARTH_CRYPTO_INDEX_KEY", "prod-keys", "hmac");
    assertSecretRef(env, "HEARTH_AUTH_SIGNING_KEY", "prod-keys", "rsa.pem");
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      assertFalse(env(m.one("Deployment", portal)).containsKey("HEARTH_CRYPTO_DATA_KEY"), portal + " needs no platform keys");
    }
    for (JsonNode configMap : m.all("ConfigMap")) {
      for (String name : List.of("HEARTH_CRYPTO_DATA_KEY", "HEARTH_CRYPTO_INDEX_KEY", "HEARTH_AUTH_SIGNING_KEY")) {
        assertTrue(configMap.at("/data/" + name).isMissingNode(), name + " must not be in a ConfigMap");
      }
    }
  }

  @Test
  void missingKeysSecretFailsWithAClearMessage() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> render(Map.of("platform.keysSecret.existingSecret", "")));
    assertTrue(error.getMessage().contains(
            "platform.keysSecret.existingSecret is required: the name of an existing Secret with the platform's keys"
                + " data-key, index-key and signing-key"),
        error.getMessage());

    // the portals alone need no platform keys
    Manifests portalsOnly = render(Map.of("platform.enabled", "false", "platform.keysSecret.existingSecret", ""));
    assertEquals(List.of(OPERATOR_PORTAL, TENANT_ADMIN), portalsOnly.names("Deployment"));
  }

  @Test
  void smsDefaultsToTheLogProviderWithoutAliyunSettings() {
    Manifests m = render(Map.of(
        // ignored unless the provider is aliyun
        "platform.sms.aliyun.existingSecret", "hearth-sms-aliyun",
        "platform.sms.aliyun.endpoint", "https://dysmsapi.example.com"));

    JsonNode data = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("log", data.path("HEARTH_SMS_PROVIDER").asText());
    assertTrue(data.path("HEARTH_AUTH_OTP_SIGN_NAME").isMissingNode(), "empty signName is not set");
    assertTrue(data.path("HEARTH_AUTH_OTP_TEMPLATE_CODE").isMissingNode(), "empty loginTemplateCode is not set");
    assertTrue(data.path("HEARTH_SMS_ALIYUN_ENDPOINT").isMissingNode());
    Map<String, JsonNode> env = env(m.one("Deployment", PLATFORM));
    assertFalse(env.containsKey("HEARTH_SMS_ALIYUN_ACCESS_KEY_ID"), env.keySet().toString());
    assertFalse(env.containsKey("HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET"), env.keySet().toString());
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      assertTrue(m.one("ConfigMap", portal).at("/data/HEARTH_SMS_PROVIDER").isMissingNode(), portal);
    }
  }

  @Test
  void aliyunSmsReadsItsAccessKeyFromTheNamedSecret() {
    Manifests m = render(Map.of(
        "platform.sms.provider", "aliyun",
        "platform.sms.signName", "Hearth Home",
        "platform.sms.loginTemplateCode", "SMS_123456789",
        "platform.sms.aliyun.existingSecret", "sms-creds",
        "platform.sms.aliyun.endpoint", "https://dysmsapi.ap-southeast-1.aliyuncs.com"));

    JsonNode data = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("aliyun", data.path("HEARTH_SMS_PROVIDER").asText());
    assertEquals("Hearth Home", data.path("HEARTH_AUTH_OTP_SIGN_NAME").asText());
    assertEquals("SMS_123456789", data.path("HEARTH_AUTH_OTP_TEMPLATE_CODE").asText());
    assertEquals("https://dysmsapi.ap-southeast-1.aliyuncs.com", data.path("HEARTH_SMS_ALIYUN_ENDPOINT").asText());
    Map<String, JsonNode> env = env(m.one("Deployment", PLATFORM));
    assertSecretRef(env, "HEARTH_SMS_ALIYUN_ACCESS_KEY_ID", "sms-creds", "access-key-id");
    assertSecretRef(env, "HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET", "sms-creds", "access-key-secret");

    Manifests renamedKeys = render(Map.of(
        "platform.sms.provider", "aliyun",
        "platform.sms.aliyun.existingSecret", "sms-creds",
        "platform.sms.aliyun.accessKeyIdKey", "id",
        "platform.sms.aliyun.accessKeySecretKey", "secret"));
    Map<String, JsonNode> renamedEnv = env(renamedKeys.one("Deployment", PLATFORM));
    assertSecretRef(renamedEnv, "HEARTH_SMS_ALIYUN_ACCESS_KEY_ID", "sms-creds", "id");
    assertSecretRef(renamedEnv, "HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET", "sms-creds", "secret");
    assertTrue(renamedKeys.one("ConfigMap", PLATFORM).at("/data/HEARTH_SMS_ALIYUN_ENDPOINT").isMissingNode(),
        "empty endpoint: the platform's default");
  }

  @Test
  void paymentsHaveNoSandboxAndNoPublicAddressUnlessGiven() {
    JsonNode defaults = render(Map.of()).one("ConfigMap", PLATFORM).path("data");
    assertEquals("false", defaults.path("HEARTH_PAYMENT_SANDBOX_ENABLED").asText());
    assertTrue(defaults.path("HEARTH_PAYMENT_PUBLIC_BASE_URL").isMissingNode());

    JsonNode demo = render(Map.of("platform.payments.publicBaseUrl", "https://api.example.com",
        "platform.payments.sandboxEnabled", "true")).one("ConfigMap", PLATFORM).path("data");
    assertEquals("https://api.example.com", demo.path("HEARTH_PAYMENT_PUBLIC_BASE_URL").asText());
    assertEquals("true", demo.path("HEARTH_PAYMENT_SANDBOX_ENABLED").asText());
  }

  @Test
  void filesDefaultToTheFilesystemStorageInTheWritableTmp() {
    Manifests m = render(Map.of(
        // ignored unless the storage is s3
        "platform.files.s3.existingSecret", "hearth-files-s3",
        "platform.files.s3.bucket", "ignored"));

    JsonNode data = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("filesystem", data.path("HEARTH_FILES_STORAGE").asText());
    assertEquals("/tmp/hearth-files", data.path("HEARTH_FILES_FILESYSTEM_ROOT").asText());
    assertTrue(data.path("HEARTH_FILES_S3_BUCKET").isMissingNode());
    assertTrue(data.path("HEARTH_FILES_MAX_SIZE_IMAGE").isMissingNode(), "empty maxSize: the platform's default");
    JsonNode tmp = container(m.one("Deployment", PLATFORM)).path("volumeMounts");
    assertTrue(tmp.toString().contains("\"mountPath\":\"/tmp\""), "the filesystem root lies on the writable /tmp: " + tmp);
    assertEquals(List.of(), m.names("PersistentVolumeClaim"), "filesystem storage is for one pod; no PVC");
    Map<String, JsonNode> env = env(m.one("Deployment", PLATFORM));
    assertFalse(env.containsKey("HEARTH_FILES_S3_ACCESS_KEY_ID"), env.keySet().toString());
    assertFalse(env.containsKey("HEARTH_FILES_S3_SECRET_ACCESS_KEY"), env.keySet().toString());
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      assertTrue(m.one("ConfigMap", portal).at("/data/HEARTH_FILES_STORAGE").isMissingNode(), portal);
    }
  }

  @Test
  void s3FilesReadTheirAccessKeyFromTheNamedSecret() {
    Manifests m = render(Map.of(
        "platform.files.storage", "s3",
        "platform.files.s3.endpoint", "http://minio.storage:9000",
        "platform.files.s3.region", "cn-north-1",
        "platform.files.s3.bucket", "hearth-files",
        "platform.files.s3.pathStyle", "true",
        "platform.files.s3.existingSecret", "files-creds",
        "platform.files.maxSize.image", "8M",
        "platform.files.maxSize.pdf", "10M"));

    JsonNode data = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("s3", data.path("HEARTH_FILES_STORAGE").asText());
    assertEquals("http://minio.storage:9000", data.path("HEARTH_FILES_S3_ENDPOINT").asText());
    assertEquals("cn-north-1", data.path("HEARTH_FILES_S3_REGION").asText());
    assertEquals("hearth-files", data.path("HEARTH_FILES_S3_BUCKET").asText());
    assertEquals("true", data.path("HEARTH_FILES_S3_PATH_STYLE").asText());
    assertEquals("8M", data.path("HEARTH_FILES_MAX_SIZE_IMAGE").asText());
    assertEquals("10M", data.path("HEARTH_FILES_MAX_SIZE_PDF").asText());
    assertTrue(data.path("HEARTH_FILES_FILESYSTEM_ROOT").isMissingNode());
    Map<String, JsonNode> env = env(m.one("Deployment", PLATFORM));
    assertSecretRef(env, "HEARTH_FILES_S3_ACCESS_KEY_ID", "files-creds", "access-key-id");
    assertSecretRef(env, "HEARTH_FILES_S3_SECRET_ACCESS_KEY", "files-creds", "secret-access-key");

    Manifests renamedKeys = render(Map.of(
        "platform.files.storage", "s3",
        "platform.files.s3.endpoint", "https://s3.eu-central-1.amazonaws.com",
        "platform.files.s3.bucket", "hearth-files",
        "platform.files.s3.existingSecret", "files-creds",
        "platform.files.s3.accessKeyIdKey", "id",
        "platform.files.s3.secretAccessKeyKey", "secret"));
    Map<String, JsonNode> renamedEnv = env(renamedKeys.one("Deployment", PLATFORM));
    assertSecretRef(renamedEnv, "HEARTH_FILES_S3_ACCESS_KEY_ID", "files-creds", "id");
    assertSecretRef(renamedEnv, "HEARTH_FILES_S3_SECRET_ACCESS_KEY", "files-creds", "secret");
    JsonNode renamedData = renamedKeys.one("ConfigMap", PLATFORM).path("data");
    assertEquals("us-east-1", renamedData.path("HEARTH_FILES_S3_REGION").asText());
    assertEquals("false", renamedData.path("HEARTH_FILES_S3_PATH_STYLE").asText());
  }

  @Test
  void platformTakesTheClientAddressFromTheProxy(@TempDir Path tmp) throws IOException {
    Manifests m = render(Map.of());
    JsonNode data = m.one("ConfigMap", PLATFORM).path("data");
    assertEquals("true", data.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());
    assertEquals("true", data.path("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED").asText());
    assertTrue(data.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").isMissingNode(), "no trusted proxies by default");
    // the portals keep their own forwarded-header settings
    for (String portal : List.of(TENANT_ADMIN, OPERATOR_PORTAL)) {
      JsonNode portalData = m.one("ConfigMap", portal).path("data");
      assertEquals("true", portalData.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText(), portal);
      assertEquals("true", portalData.path("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST").asText(), portal);
    }

    JsonNode one = render(Map.of("platform.trustedProxies", "10.244.0.0/16"))
        .one("ConfigMap", PLATFORM).path("data");
    assertEquals("10.244.0.0/16", one.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText());
    assertEquals("true", one.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());

    // a list, or a comma-separated string (from a values file: helm-java's set takes commas literally)
    Path list = tmp.resolve("list.yaml");
    Files.writeString(list, "platform:\n  trustedProxies:\n    - 10.244.0.0/16\n    - 10.245.0.0/16\n");
    assertEquals("10.244.0.0/16,10.245.0.0/16", render(list, Map.of())
        .one("ConfigMap", PLATFORM).at("/data/QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText());
    Path csv = tmp.resolve("csv.yaml");
    Files.writeString(csv, "platform:\n  trustedProxies: \"10.244.0.0/16, ingress-nginx.internal\"\n");
    assertEquals("10.244.0.0/16,ingress-nginx.internal", render(csv, Map.of())
        .one("ConfigMap", PLATFORM).at("/data/QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText());

    String checksum = "/spec/template/metadata/annotations/checksum~1config";
    assertNotEquals(m.one("Deployment", PLATFORM).at(checksum).asText(),
        render(Map.of("platform.trustedProxies", "10.244.0.0/16")).one("Deployment", PLATFORM).at(checksum).asText(),
        "changing the trusted proxies rolls the platform's pods");
  }

  @Test
  void noSecretValueIsEverRendered() {
    Map<String, Object> sets = new LinkedHashMap<>();
    sets.put("platform.sms.provider", "aliyun");
    sets.put("platform.sms.aliyun.existingSecret", "hearth-sms-aliyun");
    sets.put("platform.oidc.credentialsSecret.existingSecret", "hearth-platform-oidc");
    sets.put("platform.trustedProxies", "10.244.0.0/16");
    sets.put("platform.files.storage", "s3");
    sets.put("platform.files.s3.endpoint", "https://s3.example.com");
    sets.put("platform.files.s3.bucket", "hearth");
    sets.put("platform.files.s3.existingSecret", "hearth-files-s3");
    Manifests m = render(sets);

    assertEquals(List.of(), m.names("Secret"), "the chart must never render Secrets");
    Map<String, JsonNode> platformEnv = env(m.one("Deployment", PLATFORM));
    for (String name : List.of("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_REDIS_PASSWORD", "RABBITMQ_PASSWORD",
        "HEARTH_CRYPTO_DATA_KEY", "HEARTH_CRYPTO_INDEX_KEY", "HEARTH_AUTH_SIGNING_KEY",
        "HEARTH_SMS_ALIYUN_ACCESS_KEY_ID", "HEARTH_SMS_ALIYUN_ACCESS_KEY_SECRET", "QUARKUS_OIDC_CREDENTIALS_SECRET",
        "HEARTH_FILES_S3_ACCESS_KEY_ID", "HEARTH_FILES_S3_SECRET_ACCESS_KEY")) {
      JsonNode entry = platformEnv.get(name);
      assertNotNull(entry, name);
      assertTrue(entry.path("value").isMissingNode(), name + " must not have a literal value");
      assertFalse(entry.at("/valueFrom/secretKeyRef").isMissingNode(), name + " must use secretKeyRef");
    }
    for (JsonNode deployment : m.all("Deployment")) {
      for (Map.Entry<String, JsonNode> e : env(deployment).entrySet()) {
        if (SENSITIVE.matcher(e.getKey()).matches()) {
          assertTrue(e.getValue().path("value").isMissingNode(), e.getKey() + " must not have a literal value");
        }
      }
    }
    for (JsonNode configMap : m.all("ConfigMap")) {
      for (Map.Entry<String, JsonNode> e : configMap.path("data").properties()) {
        assertFalse(SENSITIVE.matcher(e.getKey()).matches(), "ConfigMap key " + e.getKey() + " looks like a credential");
      }
    }
    assertFalse(m.yaml.contains("PRIVATE KEY"), "no key material in the manifests");
    assertFalse(m.yaml.contains("stringData"), "no Secret data in the manifests");
  }

  // ---------------------------------------------------------------------------------------------
  // overrides

  @Test
  void overridesChangeWhatTheyShould() {
    Map<String, Object> sets = new LinkedHashMap<>();
    sets.put("platform.hpa.enabled", "false");
    sets.put("platform.replicas", "3");
    sets.put("tenantAdmin.ingress.enabled", "true");
    sets.put("tenantAdmin.ingress.host", "admin.hearth.test");
    sets.put("tenantAdmin.ingress.className", "nginx");
    sets.put("tenantAdmin.ingress.tls.enabled", "true");
    sets.put("operatorPortal.replicas", "1");
    sets.put("image.registry", "registry.test");
    sets.put("image.tag", "1.2.3");
    sets.put("platformUrl", "https://api.hearth.test");
    Manifests m = render(sets);

    assertEquals(3, m.one("Deployment", PLATFORM).at("/spec/replicas").asInt());
    assertEquals(List.of(), m.names("HorizontalPodAutoscaler"));
    assertEquals(1, m.one("Deployment", OPERATOR_PORTAL).at("/spec/replicas").asInt());
    assertEquals(List.of(PLATFORM, TENANT_ADMIN), m.names("PodDisruptionBudget"),
        "a single-replica app gets no PodDisruptionBudget (it would block node drains)");

    assertEquals(List.of(TENANT_ADMIN), m.names("Ingress"));
    JsonNode ingress = m.one("Ingress", TENANT_ADMIN);
    assertEquals("networking.k8s.io/v1", ingress.path("apiVersion").asText());
    assertEquals("nginx", ingress.at("/spec/ingressClassName").asText());
    assertEquals("admin.hearth.test", ingress.at("/spec/rules/0/host").asText());
    assertEquals(TENANT_ADMIN, ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
    assertEquals("http", ingress.at("/spec/rules/0/http/paths/0/backend/service/port/name").asText());
    assertEquals(List.of("admin.hearth.test"), texts(ingress.at("/spec/tls/0/hosts")));
    assertEquals(TENANT_ADMIN + "-tls", ingress.at("/spec/tls/0/secretName").asText());

    assertEquals("registry.test/hearth/platform:1.2.3", container(m.one("Deployment", PLATFORM)).path("image").asText());
    assertEquals("registry.test/hearth/tenant-admin:1.2.3", container(m.one("Deployment", TENANT_ADMIN)).path("image").asText());
    assertEquals("https://api.hearth.test", m.one("ConfigMap", OPERATOR_PORTAL).at("/data/HEARTH_PLATFORM_URL").asText());

    Manifests forced = render(Map.of("operatorPortal.replicas", "1", "operatorPortal.pdb.enabled", "true",
        "platform.pdb.enabled", "false", "platform.hpa.minReplicas", "3", "platform.hpa.maxReplicas", "9"));
    assertEquals(List.of(OPERATOR_PORTAL, TENANT_ADMIN), forced.names("PodDisruptionBudget"));
    assertEquals(3, forced.one("HorizontalPodAutoscaler", PLATFORM).at("/spec/minReplicas").asInt());
    assertEquals(9, forced.one("HorizontalPodAutoscaler", PLATFORM).at("/spec/maxReplicas").asInt());

    Manifests withoutPortal = render(Map.of("operatorPortal.enabled", "false"));
    assertEquals(List.of(PLATFORM, TENANT_ADMIN), withoutPortal.names("Deployment"));
    assertEquals(List.of(PLATFORM, TENANT_ADMIN), withoutPortal.names("Service"));
  }

  @Test
  void podAntiAffinityPresets() {
    String soft = "/spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0";
    String hard = "/spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0";

    JsonNode byDefault = render(Map.of()).one("Deployment", PLATFORM);
    assertEquals("kubernetes.io/hostname", byDefault.at(soft + "/podAffinityTerm/topologyKey").asText());
    assertEquals("platform", byDefault.at(soft + "/podAffinityTerm/labelSelector/matchLabels/app.kubernetes.io~1component").asText());

    JsonNode required = render(Map.of("platform.podAntiAffinity", "hard")).one("Deployment", PLATFORM);
    assertEquals("kubernetes.io/hostname", required.at(hard + "/topologyKey").asText());

    JsonNode none = render(Map.of("platform.podAntiAffinity", "")).one("Deployment", PLATFORM);
    assertTrue(none.at("/spec/template/spec/affinity").isMissingNode());
  }

  @Test
  void changingTheConfigurationRollsThePods() {
    String checksum = "/spec/template/metadata/annotations/checksum~1config";
    String before = render(Map.of()).one("Deployment", PLATFORM).at(checksum).asText();
    String after = render(Map.of("postgresql.host", "other-db")).one("Deployment", PLATFORM).at(checksum).asText();
    assertFalse(before.isEmpty());
    assertNotEquals(before, after);
  }

  // ---------------------------------------------------------------------------------------------
  // bad values

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', value = {
      "postgresql.host                     | ''         | postgresql.host is required",
      "redis.host                          | ''         | redis.host is required",
      "rabbitmq.host                       | ''         | rabbitmq.host is required",
      "keycloak.url                        | ''         | keycloak.url is required",
      "postgresql.auth.existingSecret      | ''         | postgresql.auth.existingSecret is required",
      "rabbitmq.auth.existingSecret        | ''         | rabbitmq.auth.existingSecret is required",
      "platform.hpa.minReplicas            | 10         | platform.hpa.minReplicas (10) must not be greater than platform.hpa.maxReplicas (6)",
      "platform.hpa.minReplicas            | 0          | platform.hpa.minReplicas must be >= 1",
      "tenantAdmin.podAntiAffinity         | sometimes  | tenantAdmin.podAntiAffinity must be",
      "platform.keysSecret.existingSecret  | ''         | platform.keysSecret.existingSecret is required",
      "platform.sms.provider               | foo        | platform.sms.provider must be \"log\" or \"aliyun\" (got \"foo\")",
      "platform.sms.provider               | ''         | platform.sms.provider must be \"log\" or \"aliyun\" (got \"\")",
      "platform.sms.provider               | aliyun     | platform.sms.aliyun.existingSecret is required when platform.sms.provider is aliyun",
      "platform.files.storage              | minio      | platform.files.storage must be \"filesystem\" or \"s3\" (got \"minio\")",
      "platform.files.storage              | s3         | platform.files.s3.endpoint is required when platform.files.storage is s3",
      "platform.files.s3.endpoint          | https://s3.example.com | platform.files.s3.bucket is required when platform.files.storage is s3",
      "platform.files.s3.bucket            | hearth     | platform.files.s3.existingSecret is required when platform.files.storage is s3",
      "platform.files.filesystem.root      | ''         | platform.files.filesystem.root is required when platform.files.storage is filesystem",
  })
  void badValuesFailWithAClearMessage(String key, String value, String expectedMessage) {
    Map<String, String> values = new LinkedHashMap<>();
    if (key.startsWith("platform.files.s3.")) {
      // the S3 settings are checked in order: the earlier ones are given
      values.put("platform.files.storage", "s3");
      values.put("platform.files.s3.endpoint", "https://s3.example.com");
    }
    values.put(key, value);
    IllegalStateException error = assertThrows(IllegalStateException.class, () -> render(values));
    assertTrue(error.getMessage().contains(expectedMessage),
        () -> "expected \"" + expectedMessage + "\" in: " + error.getMessage());
  }

  @Test
  void enabledIngressWithoutHostFails() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> render(Map.of("operatorPortal.ingress.enabled", "true", "operatorPortal.ingress.host", "")));
    assertTrue(error.getMessage().contains("operatorPortal.ingress.host is required when operatorPortal.ingress.enabled is true"),
        error.getMessage());
  }

  /** NOTES.txt is only rendered by install/upgrade: a client-only dry run renders it without a cluster. */
  @Test
  void installNotesRender() {
    String output = helm.install()
        .withName(RELEASE)
        .withNamespace(NAMESPACE)
        .withKubeVersion(KUBE_VERSION)
        .clientOnly()
        .dryRun()
        .withDryRunOption(DryRun.CLIENT)
        .set("tenantAdmin.ingress.enabled", "true")
        .set("tenantAdmin.ingress.tls.enabled", "true")
        .call()
        .getOutput();
    int notes = output.indexOf("NOTES:");
    assertTrue(notes >= 0, () -> "no NOTES in:\n" + output);
    String text = output.substring(notes);
    assertAll(
        () -> assertTrue(text.contains("kubectl -n " + NAMESPACE + " port-forward svc/" + PLATFORM + " 8080:8080"), text),
        () -> assertTrue(text.contains("https://admin.hearth.example.com/"), text),
        () -> assertTrue(text.contains("hearth-postgresql (keys username, password)"), text),
        () -> assertTrue(text.contains("hearth-platform-keys (keys data-key, index-key, signing-key)"), text),
        () -> assertTrue(text.contains("platform.sms.provider is \"log\""), text),
        () -> assertTrue(text.contains("platform.trustedProxies is empty"), text),
        () -> assertTrue(text.contains("platform.files.storage is \"filesystem\""), text),
        () -> assertTrue(text.contains("https://keycloak.example.com/realms/hearth"), text));
  }

  // ---------------------------------------------------------------------------------------------
  // documentation

  /** Every value in values.yaml is documented with a "# --" comment on it or on an enclosing map. */
  @Test
  void everyValueIsDocumented() throws IOException {
    Pattern keyLine = Pattern.compile("^(\\s*)([A-Za-z0-9_]+):(.*)$");
    List<String> lines = Files.readAllLines(chartDir.resolve("values.yaml"));
    record Key(int indent, String path, boolean documented, boolean scalar) {}
    List<Key> keys = new ArrayList<>();
    Deque<Key> parents = new ArrayDeque<>();
    boolean pendingDoc = false;
    for (String line : lines) {
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        pendingDoc = false;
        continue;
      }
      if (trimmed.startsWith("# --")) {
        pendingDoc = true;
        continue;
      }
      if (trimmed.startsWith("#") || trimmed.startsWith("-")) {
        continue;
      }
      Matcher km = keyLine.matcher(line);
      if (!km.matches()) {
        continue;
      }
      int indent = km.group(1).length();
      while (!parents.isEmpty() && parents.peek().indent() >= indent) {
        parents.pop();
      }
      boolean inherited = parents.stream().anyMatch(Key::documented);
      String path = (parents.isEmpty() ? "" : parents.peek().path() + ".") + km.group(2);
      Key key = new Key(indent, path, pendingDoc || inherited, !km.group(3).trim().isEmpty());
      keys.add(key);
      parents.push(key);
      pendingDoc = false;
    }
    List<String> undocumented = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Key key = keys.get(i);
      boolean hasChildren = i + 1 < keys.size() && keys.get(i + 1).indent() > key.indent();
      if ((key.scalar() || !hasChildren) && !key.documented()) {
        undocumented.add(key.path());
      }
    }
    assertTrue(keys.size() > 50, "values.yaml was not parsed");
    assertEquals(List.of(), undocumented, "values without a \"# --\" comment");
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private static Path findChart() {
    String override = System.getProperty("hearth.chart.dir");
    if (override != null && !override.isBlank()) {
      Path dir = Paths.get(override).toAbsolutePath().normalize();
      assertTrue(Files.isRegularFile(dir.resolve("Chart.yaml")), "no Chart.yaml in hearth.chart.dir=" + dir);
      return dir;
    }
    Path start = Paths.get("").toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path chart = dir.resolve("helm").resolve("hearth");
      if (Files.isRegularFile(chart.resolve("Chart.yaml"))) {
        return chart;
      }
    }
    return fail("helm/hearth/Chart.yaml not found in " + start + " or any parent directory");
  }

  private static Manifests render(Map<String, ?> values) {
    return render(null, values);
  }

  private static Manifests render(Path valuesFile, Map<String, ?> values) {
    TemplateCommand template = helm.template()
        .withName(RELEASE)
        .withNamespace(NAMESPACE)
        .withKubeVersion(KUBE_VERSION);
    if (valuesFile != null) {
      template.withValuesFile(valuesFile);
    }
    values.forEach(template::set);
    String yaml = template.call();
    assertNotNull(yaml);
    try {
      Iterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml);
      List<JsonNode> docs = new ArrayList<>();
      it.forEachRemaining(doc -> {
        if (doc != null && doc.isObject() && doc.has("kind")) {
          docs.add(doc);
        }
      });
      return new Manifests(yaml, docs);
    } catch (IOException e) {
      throw new AssertionError("rendered manifests are not valid YAML:\n" + yaml, e);
    }
  }

  private static String component(JsonNode resource) {
    return resource.at("/metadata/labels/app.kubernetes.io~1component").asText();
  }

  private static JsonNode container(JsonNode deployment) {
    JsonNode containers = deployment.at("/spec/template/spec/containers");
    assertEquals(1, containers.size(), "one container per pod");
    return containers.get(0);
  }

  private static int portNumber(JsonNode container, String nameOrNumber) {
    if (nameOrNumber.matches("\\d+")) {
      return Integer.parseInt(nameOrNumber);
    }
    for (JsonNode port : container.path("ports")) {
      if (nameOrNumber.equals(port.path("name").asText())) {
        return port.path("containerPort").asInt();
      }
    }
    return fail("no container port named " + nameOrNumber);
  }

  private static Map<String, JsonNode> env(JsonNode deployment) {
    Map<String, JsonNode> env = new LinkedHashMap<>();
    for (JsonNode entry : container(deployment).path("env")) {
      env.put(entry.path("name").asText(), entry);
    }
    return env;
  }

  private static void assertSecretRef(Map<String, JsonNode> env, String name, String secret, String key) {
    JsonNode entry = env.get(name);
    assertNotNull(entry, "env " + name + " missing, have " + env.keySet());
    assertTrue(entry.path("value").isMissingNode(), name + " must not have a literal value");
    assertEquals(secret, entry.at("/valueFrom/secretKeyRef/name").asText(), name);
    assertEquals(key, entry.at("/valueFrom/secretKeyRef/key").asText(), name);
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
  }

  /** The rendered manifests: the raw YAML and its documents. */
  private static final class Manifests {
    final String yaml;
    final List<JsonNode> docs;

    Manifests(String yaml, List<JsonNode> docs) {
      this.yaml = yaml;
      this.docs = docs;
    }

    List<JsonNode> all(String kind) {
      return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).collect(Collectors.toList());
    }

    /** Names of the resources of a kind, sorted. */
    List<String> names(String kind) {
      return all(kind).stream().map(d -> d.at("/metadata/name").asText()).sorted().collect(Collectors.toList());
    }

    JsonNode one(String kind, String name) {
      Optional<JsonNode> found = all(kind).stream().filter(d -> name.equals(d.at("/metadata/name").asText())).findFirst();
      return found.orElseGet(() -> fail("no " + kind + " " + name + " in:\n" + yaml));
    }
  }
}
