package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s as Kubernetes reads it: rendered by {@code kubectl kustomize} and every object loaded into the Kubernetes
 * model (fabric8). Every deployable runs as a Deployment of two or more pods with probes and resources, a Service, a
 * PodDisruptionBudget and an autoscaler; everything a pod takes from a ConfigMap or Secret is there; the services point
 * at the operator-run Kafka (Strimzi) and PostgreSQL (CloudNativePG) the manifests declare. No cluster is needed. (Helm
 * and kubeconform, which would check against the API server's schemas, are not installable on this machine.)
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static List<HasMetadata> objects;

    @BeforeAll
    static void render() throws Exception {
        boolean installed = new ProcessBuilder("sh", "-c", "command -v kubectl").start().waitFor() == 0;
        if (!installed) {
            System.err.println("SKIPPED: kubectl is not installed, so deploy/k8s was NOT rendered and checked"
                    + " (.ci/run installs it: apt-get install kubernetes-client)");
        }
        assumeTrue(installed, "kubectl is not installed: deploy/k8s was not checked");
        Process kustomize = new ProcessBuilder("kubectl", "kustomize", "deploy/k8s").directory(ROOT.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kustomize.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kustomize.exitValue()).as("kubectl kustomize deploy/k8s").isZero();
        KubernetesSerialization kubernetes = new KubernetesSerialization();
        objects = new ArrayList<>();
        for (String document : rendered.split("(?m)^---$")) {
            if (!document.isBlank()) {
                objects.add(kubernetes.unmarshal(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), HasMetadata.class));
            }
        }
    }

    @Test
    void everyDeployableIsADeploymentOfTwoOrMorePodsWithProbesAndResourcesAServiceABudgetAndAnAutoscaler() {
        Set<String> deployables = ServiceSpec.all(Ports.standard()).stream().map(ServiceSpec::service).collect(Collectors.toSet());
        assertThat(named(Deployment.class).keySet()).containsExactlyInAnyOrderElementsOf(deployables);
        for (Deployment deployment : named(Deployment.class).values()) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal())
                    .as(name + " rolls out without a pod less").isZero();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(container.getReadinessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/readiness");
                assertThat(container.getLivenessProbe().getHttpGet().getPath()).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(container.getStartupProbe()).as(name + " has time to start").isNotNull();
                Map<String, Quantity> requests = container.getResources().getRequests();
                assertThat(requests).as(name + " requests").containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(name + " limits").containsKey("memory");
                assertThat(container.getImage()).as(name).startsWith("ebank/" + name + ":");
            }
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).as(name + "'s Service selects its pods")
                    .containsAllEntriesOf(named(Service.class).get(name).getSpec().getSelector());
            assertThat(podLabels).as(name + "'s disruption budget covers its pods")
                    .containsAllEntriesOf(named(PodDisruptionBudget.class).get(name).getSpec().getSelector().getMatchLabels());
            HorizontalPodAutoscaler autoscaler = named(HorizontalPodAutoscaler.class).get(name);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyConfigMapAndSecretKeyAPodTakesIsThere() {
        Map<String, Set<String>> configMaps = new HashMap<>();
        named(ConfigMap.class).forEach((name, map) -> configMaps.put(name, map.getData().keySet()));
        Map<String, Set<String>> secrets = new HashMap<>();
        named(Secret.class).forEach((name, secret) -> secrets.put(name, new HashSet<>(secret.getStringData().keySet())));
        List<String> missing = new ArrayList<>();
        for (Deployment deployment : named(Deployment.class).values()) {
            String pod = deployment.getMetadata().getName();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource from : container.getEnvFrom()) {
                    if (from.getConfigMapRef() != null && !configMaps.containsKey(from.getConfigMapRef().getName())) {
                        missing.add(pod + ": ConfigMap " + from.getConfigMapRef().getName());
                    }
                    if (from.getSecretRef() != null && !secrets.containsKey(from.getSecretRef().getName())) {
                        missing.add(pod + ": Secret " + from.getSecretRef().getName());
                    }
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        var ref = env.getValueFrom().getSecretKeyRef();
                        if (!secrets.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey())) {
                            missing.add(pod + ": Secret " + ref.getName() + " key " + ref.getKey());
                        }
                    }
                    if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = env.getValueFrom().getConfigMapKeyRef();
                        if (!configMaps.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey())) {
                            missing.add(pod + ": ConfigMap " + ref.getName() + " key " + ref.getKey());
                        }
                    }
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    Set<String> keys = secrets.getOrDefault(volume.getSecret().getSecretName(), Set.of());
                    volume.getSecret().getItems().stream().filter(item -> !keys.contains(item.getKey()))
                            .forEach(item -> missing.add(pod + ": Secret " + volume.getSecret().getSecretName() + " key " + item.getKey()));
                }
            }
        }
        assertThat(missing).as("referenced, not declared").isEmpty();
    }

    @Test
    void theServicesPointAtTheOperatorRunKafkaAndPostgreSqlTheManifestsDeclare() {
        Map<String, String> config = named(ConfigMap.class).get("ebank-config").getData();
        GenericKubernetesResource kafka = generic("Kafka");
        GenericKubernetesResource postgres = generic("Cluster");
        assertThat(kafka.getApiVersion()).startsWith("kafka.strimzi.io/");
        assertThat(postgres.getApiVersion()).startsWith("postgresql.cnpg.io/");
        assertThat(config.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(kafka.getMetadata().getName() + "-kafka-bootstrap:9092");
        assertThat(config).as("not the local run's defaults").containsEntry("SPRING_PROFILES_ACTIVE", "kubernetes");
        Set<String> databases = new HashSet<>();
        databases.add(postgres.get("spec", "bootstrap", "initdb", "database"));
        objects.stream().filter(o -> o.getKind().equals("Database"))
                .forEach(database -> databases.add(((GenericKubernetesResource) database).get("spec", "name")));
        for (Deployment deployment : named(Deployment.class).values()) {
            deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(env -> env.getName().equals("SPRING_R2DBC_URL")).forEach(env -> {
                        assertThat(env.getValue()).as(deployment.getMetadata().getName() + " writes to the primary")
                                .startsWith("r2dbc:postgresql://" + postgres.getMetadata().getName() + "-rw:5432/");
                        assertThat(databases).contains(env.getValue().substring(env.getValue().lastIndexOf('/') + 1));
                    });
        }
        assertThat(databases).containsExactlyInAnyOrder("account", "transfer", "wealth", "notification", "corporate", "insight",
                "payment");

        int connectionsAtMost = Integer.parseInt(config.get("SPRING_R2DBC_POOL_MAX_SIZE")) * named(HorizontalPodAutoscaler.class).values()
                .stream().filter(hpa -> !hpa.getMetadata().getName().equals("gateway")).mapToInt(hpa -> hpa.getSpec().getMaxReplicas()).sum();
        assertThat(connectionsAtMost).as("every pod's pool full, at the autoscalers' most, within PostgreSQL's max_connections")
                .isLessThan(Integer.parseInt(postgres.get("spec", "postgresql", "parameters", "max_connections")));
    }

    /** What a service needs outside the local run, where the local defaults are off. */
    @Test
    void outsideTheLocalRunSmsGoesToAProviderAndTheGatewayKnowsItsIngressAndSharesItsLimits() {
        Map<String, String> config = named(ConfigMap.class).get("ebank-config").getData();
        assertThat(config).containsKeys("EBANK_SMS_URL", "EBANK_RATE_LIMITS_REDIS_URL", "EBANK_RATE_LIMITS_TRUSTED_PROXIES",
                "EBANK_GATEWAY_NETBANK_ORIGIN", "EBANK_CLEARING_URL", "EBANK_BILLERS_URL");
        assertThat(config.keySet()).as("every key is an environment variable's name (envFrom)").allMatch(key -> key.matches("[A-Z][A-Z0-9_]*"));
        List<String> notification = named(Deployment.class).get("notification-service").getSpec().getTemplate().getSpec().getContainers()
                .get(0).getEnv().stream().map(EnvVar::getName).toList();
        assertThat(notification).contains("EBANK_SMS_API_KEY", "EBANK_SEALING_PRIVATE_KEY");
        List<String> insight = named(Deployment.class).get("insight-service").getSpec().getTemplate().getSpec().getContainers()
                .get(0).getEnv().stream().map(EnvVar::getName).toList();
        assertThat(insight).as("its password for the ledger's fee-income account").contains("EBANK_KPI_LEDGER_CLIENT_SECRET");
    }

    private static <T extends HasMetadata> Map<String, T> named(Class<T> kind) {
        Map<String, T> named = new HashMap<>();
        objects.stream().filter(kind::isInstance).map(kind::cast).forEach(o -> named.put(o.getMetadata().getName(), o));
        return named;
    }

    private static GenericKubernetesResource generic(String kind) {
        return objects.stream().filter(o -> o.getKind().equals(kind)).map(o -> (GenericKubernetesResource) o).findFirst().orElseThrow();
    }
}
