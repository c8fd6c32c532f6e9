"""Runs the edge auto-block script (stacks/assets/edge_auto_block.py) against moto.

Reads a JSON scenario on stdin, prints JSON results on stdout. WAFv2 (IP sets), DynamoDB,
SNS (delivered to an SQS queue the harness reads) and EC2 managed prefix lists are moto's,
through real boto3 clients. The two APIs moto lacks are stubbed alone with botocore's Stubber,
which checks every request and response against the service model:
WAFv2 GetRateBasedStatementManagedKeys and GuardDuty GetFindings.
"""

import importlib.util
import json
import sys

import boto3
from botocore.stub import Stubber


def load(path):
    spec = importlib.util.spec_from_file_location("edge_auto_block", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    scenario = json.load(sys.stdin)
    script = load(scenario["script"])
    region = scenario.get("region", "us-east-1")
    waf = boto3.client("wafv2", region_name=region)
    ddb = boto3.client("dynamodb", region_name=region)
    sns = boto3.client("sns", region_name=region)
    sqs = boto3.client("sqs", region_name=region)
    ec2 = boto3.client("ec2", region_name=region)
    ssm = boto3.client("ssm", region_name=region)
    for name, value in scenario.get("parameters", {}).items():
        ssm.put_parameter(Name=name, Value=value, Type="SecureString")

    sets = {}
    for key, version in (("IPv4Set", "IPV4"), ("IPv6Set", "IPV6")):
        created = waf.create_ip_set(
            Name=f"blocklist-{version.lower()}",
            Scope="REGIONAL",
            IPAddressVersion=version,
            Addresses=scenario.get("existing", {}).get(key, []),
            Description="Blocked at the edge",
        )["Summary"]
        sets[key] = {"Name": created["Name"], "Id": created["Id"], "Scope": "REGIONAL"}
    ddb.create_table(
        TableName="edge-blocks",
        KeySchema=[{"AttributeName": "address", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "address", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    topic = sns.create_topic(Name="alarms")["TopicArn"]
    queue = sqs.create_queue(QueueName="alarms-inbox")["QueueUrl"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "true"})
    prefix_lists = []
    for name, cidrs in scenario.get("prefixLists", {}).items():
        ec2.create_managed_prefix_list(
            PrefixListName=name,
            MaxEntries=max(1, len(cidrs)),
            AddressFamily="IPv6" if ":" in cidrs[0] else "IPv4",
            Entries=[{"Cidr": c} for c in cidrs],
        )
        prefix_lists.append(name)

    base = {
        "Environment": "prod",
        "Mode": "enforce",
        "ModeParameter": "/securecloud/prod/edge/auto-block-mode",
        "NeverBlockParameter": "/securecloud/prod/edge/never-block",
        "BlockMinutes": "60",
        "Strikes": "2",
        "IntervalMinutes": "5",
        "MaxBlocked": "100",
        "Table": "edge-blocks",
        "AlarmTopicArn": topic,
        "Runbook": "docs/runbooks/ip-flood.md",
        "WebAcl": {"Name": "edge", "Id": "a1b2c3d4-5678-90ab-cdef-111111111111", "Scope": "REGIONAL"},
        "RateRules": ["rate-limit-per-ip"],
        "Protected": [],
        "NeverBlock": [],
        "HealthCheckPrefixLists": prefix_lists,
        "IPv4Set": sets["IPv4Set"],
        "IPv6Set": sets["IPv6Set"],
    }
    out = []
    for step in scenario["steps"]:
        events = {**base, **step.get("events", {})}
        keys_client = boto3.client("wafv2", region_name=region)
        keys = Stubber(keys_client)
        for rule in events["RateRules"]:
            managed = step.get("managedKeys", {}).get(rule, {})
            keys.add_response(
                "get_rate_based_statement_managed_keys",
                {
                    "ManagedKeysIPV4": {"IPAddressVersion": "IPV4", "Addresses": managed.get("v4", [])},
                    "ManagedKeysIPV6": {"IPAddressVersion": "IPV6", "Addresses": managed.get("v6", [])},
                },
                {
                    "Scope": "REGIONAL",
                    "WebACLName": events["WebAcl"]["Name"],
                    "WebACLId": events["WebAcl"]["Id"],
                    "RuleName": rule,
                },
            )
        gd_client = boto3.client("guardduty", region_name=region)
        gd = Stubber(gd_client)
        if step.get("findings"):
            gd.add_response(
                "get_findings",
                {"Findings": step["findings"]},
                {"DetectorId": events["DetectorId"], "FindingIds": events["FindingIds"]},
            )
        clients = {"waf": waf, "waf_keys": keys_client, "guardduty": gd_client, "ddb": ddb, "sns": sns, "ec2": ec2, "ssm": ssm}
        record = {}
        with keys, gd:
            try:
                record["result"] = script.run(events, clients, step["now"])
            except Exception as err:  # noqa: BLE001 - reported to the test
                record["error"] = f"{type(err).__name__}: {err}"
            if record.get("result", {}).get("Mode") not in (None, "off"):
                keys.assert_no_pending_responses()
                gd.assert_no_pending_responses()
        for key in ("IPv4Set", "IPv6Set"):
            got = waf.get_ip_set(Name=sets[key]["Name"], Scope="REGIONAL", Id=sets[key]["Id"])["IPSet"]
            record[key] = sorted(got["Addresses"])
        items = ddb.scan(TableName="edge-blocks")["Items"]
        record["table"] = {
            i["address"]["S"]: {
                "kind": i["kind"]["S"],
                "strikes": int(i["strikes"]["N"]),
                "expiresAt": int(i["expiresAt"]["N"]),
            }
            for i in items
        }
        messages = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, WaitTimeSeconds=0).get("Messages", [])
        for m in messages:
            sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])
        record["messages"] = [m["Body"] for m in messages]
        out.append(record)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
