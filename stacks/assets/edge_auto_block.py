"""Automatic edge response (SSM Automation aws:executeScript, Python 3.11, boto3).

Started every few minutes by EventBridge Scheduler, by the rate rules' alarms and by
GuardDuty findings about the service's tasks. One run:

1. reads the addresses the per-IP rate rules are blocking now (GetRateBasedStatementManagedKeys)
   and counts a strike for each; an address with `Strikes` strikes in a row is a repeat
   offender;
2. reads the GuardDuty findings it was started for (GetFindings) and takes every remote
   address they name;
3. never blocks the protected ranges (operators, NAT gateways, health checkers, the
   never-block override), keeps the automation's share of the blocklist under `MaxBlocked`,
   and blocks the rest until `now + BlockMinutes` (a repeat offender's expiry is extended);
4. removes the addresses whose time is up, and any the override or `Unblock` names;
5. writes both IP sets under WAF's lock token, records each address in the state table, and
   publishes what it did to the alarm topic. The UpdateIPSet calls are in CloudTrail.

Addresses the automation did not add (the block-ips runbook's) are never removed by it.
Mode `off` changes nothing; `dry-run` reports what it would do.
"""

import ipaddress
import json
import time

import boto3
from botocore.exceptions import ClientError

ATTEMPTS = 5
IP_SET_LIMIT = 10000


def networks(values):
    out = []
    for raw in values or []:
        text = str(raw).strip()
        if not text or text.lower() == "none":
            continue
        out.append(ipaddress.ip_network(text, strict=False))
    return out


def host(address):
    """An address as the /32 or /128 the blocklist holds, or None if it is not one."""
    try:
        net = ipaddress.ip_network(str(address).strip(), strict=False)
    except ValueError:
        return None
    if net.num_addresses != 1 or not net.is_global:
        return None
    return net


def is_protected(net, protected):
    return any(p.version == net.version and p.overlaps(net) for p in protected)


def health_checker_ranges(ec2, names):
    """The entries of the managed prefix lists named (Route 53 health checkers)."""
    found = []
    if not names:
        return found
    lists = ec2.describe_managed_prefix_lists(Filters=[{"Name": "prefix-list-name", "Values": list(names)}])
    for pl in lists.get("PrefixLists", []):
        token = None
        while True:
            kwargs = {"PrefixListId": pl["PrefixListId"]}
            if token:
                kwargs["NextToken"] = token
            page = ec2.get_managed_prefix_list_entries(**kwargs)
            found += [ipaddress.ip_network(e["Cidr"], strict=False) for e in page.get("Entries", [])]
            token = page.get("NextToken")
            if not token:
                break
    return found


def rate_offenders(waf_keys, acl, rule_names):
    seen = []
    for rule in rule_names:
        keys = waf_keys.get_rate_based_statement_managed_keys(
            Scope=acl["Scope"], WebACLName=acl["Name"], WebACLId=acl["Id"], RuleName=rule
        )
        for family in ("ManagedKeysIPV4", "ManagedKeysIPV6"):
            for address in keys.get(family, {}).get("Addresses", []):
                net = host(address)
                if net is not None and net not in seen:
                    seen.append(net)
    return seen


def remote_addresses(node, out):
    """Every remoteIpDetails address anywhere in a GuardDuty finding."""
    if isinstance(node, dict):
        details = node.get("RemoteIpDetails")
        if isinstance(details, dict):
            for key in ("IpAddressV4", "IpAddressV6"):
                net = host(details.get(key, ""))
                if net is not None and net not in out:
                    out.append(net)
        for value in node.values():
            remote_addresses(value, out)
    elif isinstance(node, list):
        for value in node:
            remote_addresses(value, out)
    return out


def finding_offenders(guardduty, detector_id, finding_ids):
    if not detector_id or not finding_ids:
        return []
    found = guardduty.get_findings(DetectorId=detector_id, FindingIds=list(finding_ids))
    out = []
    for finding in found.get("Findings", []):
        remote_addresses(finding.get("Service", {}), out)
    return out


def load_state(ddb, table):
    items, key = {}, None
    while True:
        kwargs = {"TableName": table, "ConsistentRead": True}
        if key:
            kwargs["ExclusiveStartKey"] = key
        page = ddb.scan(**kwargs)
        for item in page.get("Items", []):
            items[item["address"]["S"]] = {
                "kind": item["kind"]["S"],
                "strikes": int(item.get("strikes", {}).get("N", "0")),
                "lastSeen": int(item.get("lastSeen", {}).get("N", "0")),
                "expiresAt": int(item.get("expiresAt", {}).get("N", "0")),
                "source": item.get("source", {}).get("S", ""),
            }
        key = page.get("LastEvaluatedKey")
        if not key:
            return items


def save_item(ddb, table, address, state):
    item = {
        "address": {"S": address},
        "kind": {"S": state["kind"]},
        "strikes": {"N": str(state["strikes"])},
        "lastSeen": {"N": str(state["lastSeen"])},
        "expiresAt": {"N": str(state["expiresAt"])},
        "source": {"S": state["source"] or "-"},
    }
    ddb.put_item(TableName=table, Item=item)


def update_ip_set(waf, ip_set, add, remove):
    """Adds and removes addresses in one IP set under its lock token (retrying on a race)."""
    if not add and not remove:
        return
    for attempt in range(ATTEMPTS):
        got = waf.get_ip_set(Name=ip_set["Name"], Scope=ip_set["Scope"], Id=ip_set["Id"])
        current = got["IPSet"]["Addresses"]
        drop = {str(n) for n in remove}
        kept = [a for a in current if str(ipaddress.ip_network(a, strict=False)) not in drop]
        new = [str(n) for n in add if str(n) not in kept]
        if len(kept) + len(new) > IP_SET_LIMIT:
            raise ValueError(f"{ip_set['Name']} would hold more than {IP_SET_LIMIT} addresses")
        update = {
            "Name": ip_set["Name"],
            "Scope": ip_set["Scope"],
            "Id": ip_set["Id"],
            "Addresses": kept + new,
            "LockToken": got["LockToken"],
        }
        if got["IPSet"].get("Description"):
            update["Description"] = got["IPSet"]["Description"]
        try:
            waf.update_ip_set(**update)
            return
        except ClientError as err:
            if err.response["Error"]["Code"] != "WAFOptimisticLockException" or attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.5 * (attempt + 1))


def parameter(ssm, name, fallback):
    """The current value of an override parameter (SecureString), or the fallback if it is missing."""
    try:
        return ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]
    except ClientError as err:
        if err.response["Error"]["Code"] == "ParameterNotFound":
            return fallback
        raise


def overrides(events, clients):
    """Mode and NeverBlock as given, or (`default`) as the override parameters say now."""
    mode, never = events.get("Mode", "default"), events.get("NeverBlock", ["default"])
    if str(mode).strip().lower() == "default":
        mode = parameter(clients["ssm"], events["ModeParameter"], "enforce")
    if [str(v).strip().lower() for v in (never or [])] == ["default"]:
        never = parameter(clients["ssm"], events["NeverBlockParameter"], "none").split(",")
    return mode, never


def run(events, clients, now):
    mode, never_block = overrides(events, clients)
    mode = str(mode).strip().lower()
    if mode not in ("enforce", "dry-run", "off"):
        raise ValueError(f"Mode {mode!r} is not one of enforce, dry-run, off")
    result = {"Mode": mode, "Blocked": [], "Extended": [], "Unblocked": [], "Protected": [], "Capped": [], "Watching": []}
    if mode == "off":
        return result
    block_seconds = int(events["BlockMinutes"]) * 60
    strikes_needed = int(events["Strikes"])
    interval = int(events["IntervalMinutes"]) * 60
    cap = int(events["MaxBlocked"])
    table = events["Table"]

    never = networks(never_block)
    protected = networks(events.get("Protected")) + never
    protected += health_checker_ranges(clients["ec2"], events.get("HealthCheckPrefixLists", []))
    state = load_state(clients["ddb"], table)
    changed = {}

    # 1. repeat offenders of the rate rules (a strike per run they are over the limit)
    blocking_now = []
    for net in rate_offenders(clients["waf_keys"], events["WebAcl"], events.get("RateRules", [])):
        key = str(net)
        entry = state.get(key) or {"kind": "watch", "strikes": 0, "lastSeen": 0, "expiresAt": 0, "source": ""}
        # Strikes count in a row: a gap longer than two runs starts over.
        entry["strikes"] = entry["strikes"] + 1 if now - entry["lastSeen"] <= 2 * interval else 1
        entry["lastSeen"] = now
        state[key] = entry
        changed[key] = entry
        if entry["strikes"] >= strikes_needed:
            blocking_now.append((net, f"rate rule, {entry['strikes']} runs in a row"))
        elif entry["kind"] == "watch":
            result["Watching"].append(key)
    # 2. whatever GuardDuty names in the findings this run was started for (first: they are the surest)
    from_findings = finding_offenders(clients["guardduty"], events.get("DetectorId"), events.get("FindingIds", []))
    candidates = {}
    for net, why in [(n, "GuardDuty finding") for n in from_findings] + blocking_now:
        candidates.setdefault(str(net), (net, why))

    # 3. block or extend, inside the guard rails
    blocked_count = sum(1 for s in state.values() if s["kind"] == "block" and s["expiresAt"] > now)
    to_add = []
    for key, (net, why) in candidates.items():
        if is_protected(net, protected):
            result["Protected"].append(key)
            continue
        entry = state.get(key) or {"kind": "watch", "strikes": 0, "lastSeen": now, "expiresAt": 0, "source": ""}
        if entry["kind"] == "block" and entry["expiresAt"] > now:
            entry["expiresAt"] = now + block_seconds
            result["Extended"].append(key)
        elif blocked_count >= cap:
            result["Capped"].append(key)
            continue
        else:
            entry.update(kind="block", expiresAt=now + block_seconds, source=why)
            blocked_count += 1
            to_add.append(net)
            result["Blocked"].append(key)
        state[key] = entry
        changed[key] = entry

    # 4. what comes off: expired, overridden, or asked for
    asked = networks(events.get("Unblock"))
    to_remove = []
    for key, entry in list(state.items()):
        if entry["kind"] != "block" or key in result["Blocked"] or key in result["Extended"]:
            continue
        net = ipaddress.ip_network(key)
        if entry["expiresAt"] <= now or net in asked or is_protected(net, never):
            to_remove.append(net)
            result["Unblocked"].append(key)
    # An operator's Unblock also lifts addresses the automation never added (the runbook's).
    for net in asked:
        if str(net) not in result["Unblocked"]:
            to_remove.append(net)
            result["Unblocked"].append(str(net))

    if mode == "dry-run":
        return result
    for version, key in ((4, "IPv4Set"), (6, "IPv6Set")):
        update_ip_set(
            clients["waf"],
            events[key],
            [n for n in to_add if n.version == version],
            [n for n in to_remove if n.version == version],
        )
    # Forget watched addresses not seen for a day, and the ones just unblocked.
    for key, entry in list(state.items()):
        gone = key in result["Unblocked"] or (entry["kind"] == "watch" and now - entry["lastSeen"] > 86400)
        if gone:
            clients["ddb"].delete_item(TableName=table, Key={"address": {"S": key}})
            changed.pop(key, None)
    for key, entry in changed.items():
        save_item(clients["ddb"], table, key, entry)
    if result["Blocked"] or result["Unblocked"] or result["Capped"]:
        notify(clients["sns"], events, result, now)
    return result


def notify(sns, events, result, now):
    severity = "high" if result["Blocked"] or result["Capped"] else "info"
    lines = [
        f"[{severity.upper()}] securecloud {events['Environment']}: automatic edge response",
        f"Blocked for {events['BlockMinutes']} minutes: {', '.join(result['Blocked']) or 'none'}",
        f"Unblocked: {', '.join(result['Unblocked']) or 'none'}",
    ]
    if result["Capped"]:
        lines.append(f"NOT blocked, the automatic share of the blocklist is full ({events['MaxBlocked']}): {', '.join(result['Capped'])}")
    if result["Protected"]:
        lines.append(f"Never blocked (protected ranges): {', '.join(result['Protected'])}")
    lines.append(f"What to do: {events['Runbook']}")
    sns.publish(
        TopicArn=events["AlarmTopicArn"],
        Subject=f"[{severity.upper()}] securecloud {events['Environment']} edge auto-block"[:100],
        Message="\n".join(lines),
        MessageAttributes={"severity": {"DataType": "String", "StringValue": severity}},
    )


def handler(events, context):
    waf = boto3.client("wafv2")
    clients = {
        "waf": waf,
        "waf_keys": waf,
        "guardduty": boto3.client("guardduty"),
        "ddb": boto3.client("dynamodb"),
        "sns": boto3.client("sns"),
        "ec2": boto3.client("ec2"),
        "ssm": boto3.client("ssm"),
    }
    result = run(events, clients, int(time.time()))
    print(json.dumps(result))
    return result
