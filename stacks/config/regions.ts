/**
 * Regions the estate may deploy to. An unknown region fails the synth rather than the apply.
 * `elbLogAccount` is the regional Elastic Load Balancing account that writes ALB access logs
 * (AWS docs, "Enable access logs for your Application Load Balancer"); `maxAzs` bounds azCount.
 */
export interface RegionInfo {
  readonly elbLogAccount: string;
  readonly maxAzs: number;
}

export const REGIONS: Readonly<Record<string, RegionInfo>> = {
  "us-east-1": { elbLogAccount: "127311923021", maxAzs: 6 },
  "us-east-2": { elbLogAccount: "033677994240", maxAzs: 3 },
  "us-west-1": { elbLogAccount: "027434742980", maxAzs: 2 },
  "us-west-2": { elbLogAccount: "797873946194", maxAzs: 4 },
  "ca-central-1": { elbLogAccount: "985666609251", maxAzs: 3 },
  "eu-central-1": { elbLogAccount: "054676820928", maxAzs: 3 },
  "eu-west-1": { elbLogAccount: "156460612806", maxAzs: 3 },
  "eu-west-2": { elbLogAccount: "652711504416", maxAzs: 3 },
  "eu-west-3": { elbLogAccount: "009996457667", maxAzs: 3 },
  "eu-north-1": { elbLogAccount: "897822967062", maxAzs: 3 },
  "ap-south-1": { elbLogAccount: "718504428378", maxAzs: 3 },
  "ap-northeast-1": { elbLogAccount: "582318560864", maxAzs: 3 },
  "ap-northeast-2": { elbLogAccount: "600734575887", maxAzs: 4 },
  "ap-southeast-1": { elbLogAccount: "114774131450", maxAzs: 3 },
  "ap-southeast-2": { elbLogAccount: "783225319266", maxAzs: 3 },
  "sa-east-1": { elbLogAccount: "507241528517", maxAzs: 3 },
};
