/**
 * The resolved configuration: every default applied once, and the container environment
 * assembled in one place (`containerEnvironment`), which is what the service is started with.
 */
import test from "ava";
import { COLORS } from "../../common/conventions.ts";
import { EDGE_DEFAULTS } from "../../stacks/config/edge.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { containerEnvironment, resolveEnvironment } from "../../stacks/config/resolve.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { only, resources } from "../helpers/terraform.ts";

test("left-out options resolve to their documented defaults", (t) => {
  const bare = resolveEnvironment(
    withChanges(staging, { edge: undefined, serviceParameters: undefined, shield: undefined }),
  );
  t.deepEqual(bare.edge, EDGE_DEFAULTS);
  t.deepEqual(bare.service.settings, {});
  t.deepEqual(bare.service.secrets, []);
  t.is(bare.shield, undefined, "Shield Advanced off: nothing to resolve");
  t.is(bare.aviatrix, undefined);
  t.is(bare.elbLogAccount, "127311923021", "us-east-1's ELB log delivery account");

  const p = resolveEnvironment(prod);
  t.is(p.shield?.automaticResponse, "BLOCK");
  t.deepEqual(p.shield?.accountSettings?.emergencyContacts, prod.shield!.emergencyContacts);
  t.is(
    resolveEnvironment(withChanges(prod, { "shield.automaticResponse": "count" })).shield?.automaticResponse,
    "COUNT",
  );
  t.is(
    resolveEnvironment(withChanges(prod, { accountSettingsOwner: false })).shield?.accountSettings,
    undefined,
  );
  t.is(
    resolveEnvironment(withChanges(staging, { edge: { rateLimit: 500 } })).edge.sensitivePathRateLimit,
    100,
  );
});

test("containerEnvironment is what each color's container is started with, Parameter Store settings included", (t) => {
  for (const env of [staging, prod, withChanges(staging, { serviceParameters: undefined })]) {
    const resolved = resolveEnvironment(env);
    const { doc } = synthEnvironment(env);
    const parameters = resources(doc, "aws_ssm_parameter");
    for (const color of COLORS) {
      const [container] = JSON.parse(
        String(
          only(doc, "aws_ecs_task_definition", `compute_${color}_task_definition`).container_definitions,
        ),
      ) as Array<{
        environment: Array<{ name: string; value: string }>;
        secrets: Array<{ name: string; valueFrom: string }>;
      }>;
      const started: Record<string, string> = Object.fromEntries(
        container!.environment.map((e) => [e.name, e.value]),
      );
      for (const secret of container!.secrets) {
        const parameter = Object.entries(parameters).find(([name]) =>
          secret.valueFrom.includes(`aws_ssm_parameter.${name}.`),
        );
        // Settings carry their value in the parameter; secrets' values are never known here.
        if (parameter?.[1].value !== undefined) started[secret.name] = String(parameter[1].value);
      }
      t.deepEqual(started, { ...containerEnvironment(resolved.service, color) });
    }
  }
  t.is(containerEnvironment(resolveEnvironment(staging).service, "green").LOG_LEVEL, "debug");
});
