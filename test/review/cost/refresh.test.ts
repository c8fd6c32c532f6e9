/**
 * The refresh path's parsing, on a small fixture shaped like a real Price List bulk offer file
 * (formatVersion, products by SKU with attributes, OnDemand terms with price dimensions); no
 * network.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { matchRule, type OfferFile, refreshTable } from "../../../review/cost/refresh.ts";
import { loadPriceTable, type PriceTable, tableProblem } from "../../../review/cost/table.ts";

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../fixtures/cost/AmazonECS.us-east-1.json"), "utf8"),
) as OfferFile;
const committed = loadPriceTable();
const entry = (key: string) => committed.regions["us-east-1"]![key]!;
const table: PriceTable = {
  ...committed,
  regions: {
    "us-east-1": {
      "fargate.vcpuHour": entry("fargate.vcpuHour"),
      "fargate.gbHour": entry("fargate.gbHour"),
      "kms.keyMonth": entry("kms.keyMonth"),
    },
  },
};
const source = async (offer: string, region: string) => {
  if (offer !== "AmazonECS" || region !== "us-east-1") throw new Error(`unexpected ${offer} ${region}`);
  return {
    file: fixture,
    url: `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/${fixture.version}/us-east-1/index.json`,
  };
};

test("a usage type matches with or without its region prefix, and not another product's", (t) => {
  const found = matchRule(
    fixture,
    { offer: "AmazonECS", usagetype: "Fargate-vCPU-Hours:perCPU" },
    "us-east-1",
  );
  // the x86 on-demand vCPU only: not the ARM one, not Spot
  t.deepEqual(
    found.map((f) => [f.sku, f.usd]),
    [["AAAAVCPUX86SKU01", 0.0399]],
  );
  t.is(
    matchRule(fixture, { offer: "AmazonECS", usagetype: "Fargate-vCPU-Hours:perCPU" }, "eu-west-1").length,
    0,
  );
});

test("refresh writes each figure's new price, its Price List file version, SKU and publication date", async (t) => {
  const { table: next, kept } = await refreshTable(table, ["us-east-1"], source, "2027-01-02");
  t.is(tableProblem(next), undefined);
  const vcpu = next.regions["us-east-1"]!["fargate.vcpuHour"]!;
  t.is(vcpu.usd, 0.0399);
  t.is(vcpu.date, "2027-01-01");
  t.true(vcpu.verified);
  t.regex(vcpu.source, /AmazonECS\/20270101000000\/us-east-1\/index\.json, SKU AAAAVCPUX86SKU01/);
  t.is(next.regions["us-east-1"]!["fargate.gbHour"]!.usd, 0.00438);
  // a figure with no Price List rule keeps its committed value and source, and is reported
  t.deepEqual(next.regions["us-east-1"]!["kms.keyMonth"], entry("kms.keyMonth"));
  t.deepEqual(kept, ["us-east-1 kms.keyMonth"]);
  t.is(next.date, "2027-01-02");
});

test("a rule that matches nothing fails loudly, naming the figure", async (t) => {
  const broken: PriceTable = {
    ...table,
    regions: {
      "us-east-1": {
        "fargate.vcpuHour": {
          ...entry("fargate.vcpuHour"),
          priceList: { offer: "AmazonECS", usagetype: "Fargate-vCPU-Hours:renamed" },
        },
      },
    },
  };
  const err = await t.throwsAsync(() => refreshTable(broken, ["us-east-1"], source, "2027-01-02"));
  t.regex(err!.message, /^us-east-1 fargate\.vcpuHour: 0 price dimensions in AmazonECS match/);
});

test("a new region is built from the table's rules", async (t) => {
  const euFixture = {
    ...fixture,
    products: Object.fromEntries(
      Object.entries(fixture.products).map(([k, p]) => [
        k,
        {
          ...p,
          attributes: {
            ...p.attributes,
            regionCode: "eu-west-1",
            usagetype: p.attributes.usagetype!.replace("USE1-", "EU-"),
          },
        },
      ]),
    ),
  };
  const { table: next } = await refreshTable(
    table,
    ["eu-west-1"],
    async () => ({ file: euFixture, url: "u" }),
    "2027-01-02",
  );
  t.is(next.regions["eu-west-1"]!["fargate.vcpuHour"]!.usd, 0.0399);
  t.false("kms.keyMonth" in next.regions["eu-west-1"]!);
  t.truthy(next.regions["us-east-1"]);
});
