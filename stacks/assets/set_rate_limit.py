"""Changes the per-IP rate rule's limit in the web ACL now (SSM Automation aws:executeScript).

For an incident: lower the limit in seconds, without a release. It rewrites the web ACL with
everything it read (every rule, Shield's mitigation rule group included) and only that rule's
limit changed, under WAF's lock token. Terraform still owns the limit: the next deploy's apply
puts back the configured one (edge.rateLimit), which is also the undo.
"""

import time

import boto3
from botocore.exceptions import ClientError

ATTEMPTS = 5
# What UpdateWebACL takes besides Name, Scope, Id, LockToken, DefaultAction, Rules, VisibilityConfig.
OPTIONAL = (
    "Description",
    "CustomResponseBodies",
    "CaptchaConfig",
    "ChallengeConfig",
    "TokenDomains",
    "AssociationConfig",
    "DataProtectionConfig",
)


def run(waf, events):
    limit = int(str(events["Limit"]).strip())
    low, high = int(events["Minimum"]), int(events["Maximum"])
    if not low <= limit <= high:
        raise ValueError(f"nothing changed: limit {limit} is outside {low}..{high}")
    acl_ref = events["WebAcl"]
    for attempt in range(ATTEMPTS):
        got = waf.get_web_acl(Name=acl_ref["Name"], Scope=acl_ref["Scope"], Id=acl_ref["Id"])
        acl = got["WebACL"]
        rules = acl.get("Rules", [])
        rule = next((r for r in rules if r["Name"] == events["RuleName"]), None)
        statement = (rule or {}).get("Statement", {}).get("RateBasedStatement")
        if statement is None:
            raise ValueError(f"nothing changed: no rate-based rule {events['RuleName']} in {acl_ref['Name']}")
        previous = statement["Limit"]
        statement["Limit"] = limit
        update = {
            "Name": acl["Name"],
            "Scope": acl_ref["Scope"],
            "Id": acl["Id"],
            "DefaultAction": acl["DefaultAction"],
            "Rules": rules,
            "VisibilityConfig": acl["VisibilityConfig"],
            "LockToken": got["LockToken"],
        }
        for key in OPTIONAL:
            if acl.get(key):
                update[key] = acl[key]
        try:
            waf.update_web_acl(**update)
            return {"Previous": previous, "Limit": limit, "Rule": events["RuleName"]}
        except ClientError as err:
            if err.response["Error"]["Code"] != "WAFOptimisticLockException" or attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.5 * (attempt + 1))


def handler(events, context):
    return run(boto3.client("wafv2"), events)
