// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { fail, pass, rule } from "./rule-cases.ts";

const tg = (color?: string) => ({
  port: 8080,
  protocol: "HTTP",
  target_type: "ip",
  vpc_id: "${aws_vpc.vpc.id}",
  ...(color ? { tags: { "securecloud:color": color } } : {}),
});

rule("SC-DEL-001", [
  fail(
    "weights that do not add up to 100 (the shared definition Config checks after apply)",
    (d) => {
      const groups = d.resource.aws_lb_listener["https-listener"].default_action[0].forward.target_group;
      groups[0].weight = 100;
      groups[1].weight = 100;
    },
    "aws_lb_listener.https-listener",
    /weights add up to 200, not 100/,
  ),
  fail(
    "a third target group behind the production listener",
    (d) => {
      d.resource.aws_lb_target_group.canary = tg("green");
      d.resource.aws_lb_listener["https-listener"].default_action[0].forward.target_group.push({
        arn: "${aws_lb_target_group.canary.arn}",
        weight: 0,
      });
    },
    "aws_lb_listener.https-listener",
    /forwards to 3 target group\(s\).*exactly one blue and one green/,
  ),
  fail(
    "both groups blue (cross-resource: the colors live on the target groups)",
    (d) => {
      d.resource.aws_lb_target_group["tg-green"].tags["securecloud:color"] = "blue";
    },
    "aws_lb_listener.https-listener",
    /tg-blue \(blue\), aws_lb_target_group\.tg-green \(blue\)/,
  ),
  fail(
    "Terraform owns the weights",
    (d) => {
      delete d.resource.aws_lb_listener["https-listener"].lifecycle;
    },
    "aws_lb_listener.https-listener",
    /ignore_changes does not include "default_action"/,
  ),
  fail(
    "the production listener forwards to a single target group",
    (d) => {
      d.resource.aws_lb_listener["https-listener"].default_action = [
        { type: "forward", target_group_arn: "${aws_lb_target_group.tg-blue.arn}" },
      ];
    },
    "aws_lb_listener.https-listener",
    /forwards to 1 target group/,
  ),
  fail(
    "no listener tagged production is a stack finding",
    (d) => {
      delete d.resource.aws_lb_listener["https-listener"].tags;
    },
    "prod",
    /no listener is tagged securecloud:role = production/,
  ),
  fail(
    "the untagged listener that forwards to the colors is named",
    (d) => {
      delete d.resource.aws_lb_listener["https-listener"].tags;
    },
    "aws_lb_listener.https-listener",
    /has no securecloud:role tag/,
  ),
  fail(
    "the test listener forwards to an uncolored group",
    (d) => {
      d.resource.aws_lb_target_group.plain = tg();
      d.resource.aws_lb_listener["test-listener"].default_action[0].target_group_arn =
        "${aws_lb_target_group.plain.arn}";
    },
    "aws_lb_listener.test-listener",
    /aws_lb_target_group\.plain, which has no securecloud:color/,
  ),
  pass("the weights can be anything (the delivery code owns them)", (d) => {
    const groups = d.resource.aws_lb_listener["https-listener"].default_action[0].forward.target_group;
    groups[0].weight = 10;
    groups[1].weight = 90;
  }),
]);

rule("SC-DEL-002", [
  fail(
    "no 5xx alarm",
    (d) => {
      delete d.resource.aws_cloudwatch_metric_alarm["alb-5xx-rate"];
    },
    "aws_lb.alb",
    /no CloudWatch alarm on the 5xx rate/,
  ),
  fail(
    "no unhealthy-host alarm for green",
    (d) => {
      delete d.resource.aws_cloudwatch_metric_alarm["unhealthy-green"];
    },
    "aws_lb_target_group.tg-green",
    /UnHealthyHostCount/,
  ),
  fail(
    "both unhealthy-host alarms watch blue (cross-resource)",
    (d) => {
      d.resource.aws_cloudwatch_metric_alarm["unhealthy-green"].dimensions.TargetGroup =
        "${aws_lb_target_group.tg-blue.arn_suffix}";
    },
    "aws_lb_target_group.tg-green",
  ),
  fail(
    "a 5xx alarm that notifies nobody",
    (d) => {
      delete d.resource.aws_cloudwatch_metric_alarm["alb-5xx-rate"].alarm_actions;
    },
    "aws_cloudwatch_metric_alarm.alb-5xx-rate",
    /notifies nobody/,
  ),
  pass("a plain 5xx count alarm instead of metric math", (d) => {
    d.resource.aws_cloudwatch_metric_alarm["alb-5xx-rate"] = {
      alarm_name: "5xx",
      namespace: "AWS/ApplicationELB",
      metric_name: "HTTPCode_ELB_5XX_Count",
      dimensions: { LoadBalancer: "${aws_lb.alb.arn_suffix}" },
      statistic: "Sum",
      period: 60,
      evaluation_periods: 1,
      threshold: 10,
      comparison_operator: "GreaterThanThreshold",
      alarm_actions: ["${aws_sns_topic.alarms-topic.arn}"],
    };
  }),
]);
