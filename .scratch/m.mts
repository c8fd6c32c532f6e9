import { CloudWatchClient, GetMetricDataCommand, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { AwsQueryProtocol } from "@aws-sdk/core/protocols";
import { startMoto } from "/work/wt/rollouts/test/helpers/moto.ts";

const moto = await startMoto();
try {
  const cw = new CloudWatchClient({ ...moto.clientConfig(), protocol: AwsQueryProtocol });
  const T0 = Math.floor(Date.now() / 3600000) * 3600000 - 7200000;
  const dims = [
    { Name: "LoadBalancer", Value: "app/x/1" },
    { Name: "TargetGroup", Value: "targetgroup/g/1" },
  ];
  for (let k = 0; k < 5; k++) {
    await cw.send(
      new PutMetricDataCommand({
        Namespace: "AWS/ApplicationELB",
        MetricData: [
          {
            MetricName: "RequestCount",
            Dimensions: dims,
            Value: 100 + k,
            Unit: "Count",
            Timestamp: new Date(T0 + k * 60000 + 5000),
          },
        ],
      }),
    );
    await cw.send(
      new PutMetricDataCommand({
        Namespace: "AWS/ApplicationELB",
        MetricData: [
          {
            MetricName: "RequestCount",
            Dimensions: dims,
            Value: 1,
            Unit: "Count",
            Timestamp: new Date(T0 + k * 60000 + 6000),
          },
        ],
      }),
    );
  }
  console.log("put ok");
  const out = await cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(T0 - 60000),
      EndTime: new Date(T0 + 300000),
      ScanBy: "TimestampAscending",
      MetricDataQueries: [
        {
          Id: "a",
          ReturnData: true,
          MetricStat: {
            Metric: { Namespace: "AWS/ApplicationELB", MetricName: "RequestCount", Dimensions: dims },
            Period: 60,
            Stat: "Sum",
          },
        },
      ],
    }),
  );
  for (const r of out.MetricDataResults ?? [])
    console.log(
      r.Id,
      r.Timestamps?.map((t) => (t.getTime() - T0) / 1000),
      r.Values,
    );
} finally {
  await moto.stop();
}
