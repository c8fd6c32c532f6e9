/**
 * Change only what you own: a shift, a rollback and `rollback --to` change the production
 * listener's forward weights and nothing else — authenticate-oidc/cognito actions, their order,
 * stickiness, the listener's other attributes and its rules stay byte for byte, also when
 * someone changes them between two runs or during a rollout. Against moto (which keeps
 * authenticate actions as given); the one thing moto does differently from AWS — AWS never
 * returns an OIDC client secret, and ModifyListener then needs `UseExistingClientSecret` — is
 * checked against an ELBv2 client stubbed with aws-sdk-client-mock, shaped from the AWS API
 * reference.
 */
import {
  type Action,
  CreateRuleCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  type Listener,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import { mockClient } from "aws-sdk-client-mock";
import { fingerprint, withWeights } from "../../delivery/listener/actions.ts";
import { readListener, writeWeights } from "../../delivery/listener/io.ts";
import { parseListenerArn } from "../../delivery/options.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { cli, fastEnv, shiftToGreen } from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);

const env = () => fastEnv(moto.endpoint);
const elb = () => new ElasticLoadBalancingV2Client(moto.clientConfig());

const OIDC: Action = {
  Type: "authenticate-oidc",
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: "https://idp.example.com",
    AuthorizationEndpoint: "https://idp.example.com/authorize",
    TokenEndpoint: "https://idp.example.com/token",
    UserInfoEndpoint: "https://idp.example.com/userinfo",
    ClientId: "securecloud",
    ClientSecret: "s3cret",
    SessionCookieName: "AWSELBAuthSessionCookie",
    Scope: "openid email",
    SessionTimeout: 28_800,
    AuthenticationRequestExtraParams: { prompt: "login" },
    OnUnauthenticatedRequest: "authenticate",
  },
};

const COGNITO: Action = {
  Type: "authenticate-cognito",
  Order: 1,
  AuthenticateCognitoConfig: {
    UserPoolArn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abcdefghi",
    UserPoolClientId: "1example23456789",
    UserPoolDomain: "securecloud-auth",
    SessionCookieName: "AWSELBAuthSessionCookie",
    Scope: "openid",
    SessionTimeout: 3600,
    OnUnauthenticatedRequest: "deny",
  },
};

function forward(e: BuiltEstate, blue: number, green: number, order = 2): Action {
  return {
    Type: "forward",
    Order: order,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: e.targetGroups.blue, Weight: blue },
        { TargetGroupArn: e.targetGroups.green, Weight: green },
      ],
      TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 900 },
    },
  };
}

async function describe(e: BuiltEstate): Promise<{ listener: Listener; rules: unknown }> {
  const l = await elb().send(new DescribeListenersCommand({ ListenerArns: [e.listenerArn] }));
  const r = await elb().send(new DescribeRulesCommand({ ListenerArn: e.listenerArn }));
  // The idle-color rule follows the idle color (the delivery code owns its target) and the default
  // rule mirrors the default actions (checked above); every other rule must not move.
  const rules = (r.Rules ?? []).filter((x) => x.RuleArn !== e.idleRuleArn && !x.IsDefault);
  return { listener: l.Listeners![0]!, rules };
}

/** The listener as read, with the forward weights blanked: what must never change. */
function unowned(listener: Listener): string {
  const actions = (listener.DefaultActions ?? []).map((a) =>
    a.Type === "forward"
      ? {
          ...a,
          ForwardConfig: {
            ...a.ForwardConfig,
            TargetGroups: a.ForwardConfig?.TargetGroups?.map((t) => ({ ...t, Weight: -1 })),
          },
        }
      : a,
  );
  return JSON.stringify({ ...listener, DefaultActions: actions });
}

const weights = (listener: Listener, e: BuiltEstate) => {
  const tgs = listener.DefaultActions?.find((a) => a.Type === "forward")?.ForwardConfig?.TargetGroups ?? [];
  return {
    blue: tgs.find((t) => t.TargetGroupArn === e.targetGroups.blue)?.Weight,
    green: tgs.find((t) => t.TargetGroupArn === e.targetGroups.green)?.Weight,
  };
};

for (const [name, auth] of [
  ["authenticate-oidc", OIDC],
  ["authenticate-cognito", COGNITO],
] as const) {
  test.serial(
    `a listener with ${name} and stickiness survives shift, rollback and rollback --to byte for byte`,
    async (t) => {
      await moto.reset();
      const e = await buildEstate(moto.clientConfig(), { ecs: false });
      await elb().send(
        new ModifyListenerCommand({ ListenerArn: e.listenerArn, DefaultActions: [auth, forward(e, 100, 0)] }),
      );
      // A rule of someone else's on the same listener.
      await elb().send(
        new CreateRuleCommand({
          ListenerArn: e.listenerArn,
          Priority: 40,
          Conditions: [{ Field: "path-pattern", PathPatternConfig: { Values: ["/maintenance/*"] } }],
          Actions: [
            {
              Type: "fixed-response",
              FixedResponseConfig: { StatusCode: "503", ContentType: "text/plain", MessageBody: "later" },
            },
          ],
        }),
      );
      const before = await describe(e);

      const runs: [string[], { blue: number; green: number }][] = [
        [shiftToGreen(e, "--bake", "0"), { blue: 0, green: 100 }],
        [["traffic", "rollback", "--listener", e.listenerArn], { blue: 100, green: 0 }],
        [["traffic", "rollback", "--listener", e.listenerArn, "--to", "green"], { blue: 0, green: 100 }],
        [["traffic", "rollback", "--listener", e.listenerArn, "--to", "blue"], { blue: 100, green: 0 }],
      ];
      for (const [argv, expected] of runs) {
        const r = await cli(argv, env());
        t.is(r.code, 0, `${argv.slice(0, 2).join(" ")}: ${r.stderr}`);
        const now = await describe(e);
        t.deepEqual(weights(now.listener, e), expected, argv.join(" "));
        t.is(
          unowned(now.listener),
          unowned(before.listener),
          `${argv.slice(0, 4).join(" ")}: the listener but its weights`,
        );
        t.deepEqual(now.rules, before.rules, "the other rules");
        t.deepEqual(now.listener.DefaultActions?.[0], auth, "the authentication action, first, as it was");
      }
    },
  );
}

test.serial(
  "authentication added between two runs, or during a rollout, is kept by every later write",
  async (t) => {
    await moto.reset();
    const e = await buildEstate(moto.clientConfig(), { ecs: false });
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    // Someone adds authentication after the rollout, before the rollback: the rollback reads it.
    await elb().send(
      new ModifyListenerCommand({ ListenerArn: e.listenerArn, DefaultActions: [OIDC, forward(e, 0, 100)] }),
    );
    const back = await cli(["traffic", "rollback", "--listener", e.listenerArn], env());
    t.is(back.code, 0, back.stderr);
    let now = (await describe(e)).listener;
    t.deepEqual(now.DefaultActions?.[0], OIDC);
    t.deepEqual(weights(now, e), { blue: 100, green: 0 });

    // During a rollout: after step 1, authentication is swapped for Cognito; steps 2 and 3 keep it.
    let swapped = false;
    const r = await cli(shiftToGreen(e, "--bake", "0.5"), env(), async (line) => {
      if (!swapped && line.startsWith("step 1/3: baking")) {
        swapped = true;
        await elb().send(
          new ModifyListenerCommand({
            ListenerArn: e.listenerArn,
            DefaultActions: [COGNITO, forward(e, 90, 10)],
          }),
        );
      }
    });
    t.true(swapped);
    t.is(r.code, 0, r.stderr);
    now = (await describe(e)).listener;
    t.deepEqual(now.DefaultActions?.[0], COGNITO);
    t.deepEqual(weights(now, e), { blue: 0, green: 100 });
  },
);

test("the fingerprint changes with anything but the weights", (t) => {
  const e = { targetGroups: { blue: "arn:tg/blue", green: "arn:tg/green" } } as BuiltEstate;
  const base = [OIDC, forward(e, 100, 0)];
  t.is(fingerprint(withWeights(base, e.targetGroups, { blue: 10, green: 90 })), fingerprint(base));
  t.not(fingerprint([forward(e, 100, 0, 1)]), fingerprint(base), "authentication removed");
  t.not(fingerprint([COGNITO, forward(e, 100, 0)]), fingerprint(base), "authentication swapped");
  const sticky = forward(e, 100, 0);
  sticky.ForwardConfig!.TargetGroupStickinessConfig = { Enabled: false };
  t.not(fingerprint([OIDC, sticky]), fingerprint(base), "stickiness changed");
});

test("as on AWS: an OIDC action read without its client secret is written back with UseExistingClientSecret", async (t) => {
  // AWS API reference: DescribeListeners never returns ClientSecret; ModifyListener accepts
  // an authenticate-oidc action without it only with UseExistingClientSecret: true.
  const arn =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-prod-alb/0123456789abcdef/0123456789abcdef";
  const tgs = {
    blue: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/securecloud-prod-blue/0123456789abcdef",
    green:
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/securecloud-prod-green/fedcba9876543210",
  };
  const { ClientSecret: _secret, ...asDescribed } = OIDC.AuthenticateOidcConfig!;
  const described: Action[] = [
    { ...OIDC, AuthenticateOidcConfig: asDescribed },
    forward({ targetGroups: tgs } as BuiltEstate, 100, 0),
  ];
  const client = new ElasticLoadBalancingV2Client({ region: "us-east-1" });
  const mock = mockClient(client);
  mock
    .on(DescribeListenersCommand)
    .resolves({ Listeners: [{ ListenerArn: arn, Port: 443, Protocol: "HTTPS", DefaultActions: described }] });
  mock
    .on(ModifyListenerCommand)
    .callsFake((input) => ({ Listeners: [{ ListenerArn: arn, DefaultActions: input.DefaultActions }] }));
  const listener = await readListener(client, parseListenerArn(arn));
  const after = await writeWeights(client, arn, listener.DefaultActions ?? [], tgs, { blue: 0, green: 100 });
  t.deepEqual(after, { blue: 0, green: 100 });
  const sent = mock.commandCalls(ModifyListenerCommand)[0]!.args[0].input.DefaultActions!;
  t.deepEqual(sent[0], {
    ...described[0],
    AuthenticateOidcConfig: { ...asDescribed, UseExistingClientSecret: true },
  });
  t.deepEqual(sent[1]!.ForwardConfig?.TargetGroupStickinessConfig, { Enabled: true, DurationSeconds: 900 });
  t.deepEqual(sent[1]!.Order, 2);
  t.is(mock.calls().length, 2, "one read, one write");
});
