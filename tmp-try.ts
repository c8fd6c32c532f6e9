import { buildEstate } from "./delivery/rehearsal/estate.ts";
import { cli, fastEnv, historyOf, listenerState } from "./test/helpers/delivery.ts";
import { startMoto } from "./test/helpers/moto.ts";

const moto = await startMoto({ env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
try {
  const e = await buildEstate(moto.clientConfig(), { env: "prod" });
  const env = fastEnv(moto.endpoint);
  const show = (r: any) =>
    console.log(r.code, r.calls.map((c: any) => c.operation).join(" "), "\n", r.stdout, r.stderr);
  show(
    await cli(["deploy", "--listener", e.listenerArn, "--cluster", e.cluster, "--image", "repo/app:2"], env),
  );
  show(await cli(["traffic", "shift", "--listener", e.listenerArn, "--to", "green", "--bake", "0"], env));
  show(await cli(["traffic", "status", "--listener", e.listenerArn], env));
  show(
    await cli(["deploy", "--listener", e.listenerArn, "--cluster", e.cluster, "--image", "repo/app:3"], env),
  );
  show(await cli(["traffic", "rollback", "--listener", e.listenerArn], env));
  show(await cli(["traffic", "rollback", "--listener", e.listenerArn, "--to", "blue", "--force"], env));
  console.log(JSON.stringify((await listenerState(moto.clientConfig(), e)).doc, null, 1));
  console.log(await historyOf(moto.clientConfig(), e));
} finally {
  await moto.stop();
}
