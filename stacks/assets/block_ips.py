import ipaddress
import time

import boto3
from botocore.exceptions import ClientError

# Ranges wider than these are a reviewed change to the web ACL, not a runbook at 3 a.m.
WIDEST_PREFIX = {4: 16, 6: 32}
IP_SET_LIMIT = 10000
ATTEMPTS = 5


def parse(values, protected):
    allowlist = [ipaddress.ip_network(p) for p in protected]
    problems, networks = [], []
    for raw in values:
        text = str(raw).strip()
        shown = repr(text[:60])
        try:
            if "/" not in text:
                raise ValueError("a prefix length is required, /32 or /128 for one address")
            network = ipaddress.ip_network(text, strict=True)
        except ValueError as err:
            problems.append(f"{shown} is not an IPv4 or IPv6 CIDR ({err})")
            continue
        if network.prefixlen < WIDEST_PREFIX[network.version]:
            problems.append(f"{shown} is wider than /{WIDEST_PREFIX[network.version]}")
            continue
        clash = [str(a) for a in allowlist if a.version == network.version and a.overlaps(network)]
        if clash:
            problems.append(f"{shown} overlaps the ops allowlist ({', '.join(clash)})")
            continue
        if network not in networks:
            networks.append(network)
    if problems:
        raise ValueError("nothing blocked: " + "; ".join(problems))
    return networks


def merge(waf, ip_set, networks, dry_run):
    for attempt in range(ATTEMPTS):
        got = waf.get_ip_set(Name=ip_set["Name"], Scope=ip_set["Scope"], Id=ip_set["Id"])
        current = got["IPSet"]["Addresses"]
        present = [ipaddress.ip_network(a, strict=False) for a in current]
        new = [n for n in networks if not any(n.version == p.version and n.subnet_of(p) for p in present)]
        if not new or dry_run:
            return [str(n) for n in new]
        if len(current) + len(new) > IP_SET_LIMIT:
            raise ValueError(f"{ip_set['Name']} would hold more than {IP_SET_LIMIT} addresses")
        update = {
            "Name": ip_set["Name"],
            "Scope": ip_set["Scope"],
            "Id": ip_set["Id"],
            "Addresses": current + [str(n) for n in new],
            "LockToken": got["LockToken"],
        }
        if got["IPSet"].get("Description"):
            update["Description"] = got["IPSet"]["Description"]
        try:
            waf.update_ip_set(**update)
            return [str(n) for n in new]
        except ClientError as err:
            if err.response["Error"]["Code"] != "WAFOptimisticLockException" or attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.5 * (attempt + 1))


def handler(events, context):
    networks = parse(events["Addresses"], events.get("Protected", []))
    dry_run = str(events.get("DryRun", False)).lower() == "true"
    waf = boto3.client("wafv2")
    blocked, already = [], []
    for version, key in ((4, "IPv4Set"), (6, "IPv6Set")):
        mine = [n for n in networks if n.version == version]
        if not mine:
            continue
        added = merge(waf, events[key], mine, dry_run)
        blocked += added
        already += [str(n) for n in mine if str(n) not in added]
    return {"Blocked": blocked, "AlreadyBlocked": already, "DryRun": dry_run}
