"""Evaluates one AWS Config custom policy (Guard) against one configuration item.

AWS Config runs custom policy rules on the guard-2.x.x runtime; cfn-guard-rs 0.2.3 (pinned by
hash in requirements-test.txt) embeds that evaluator, cfn-guard 2.1.2. Reads
{"policy": str, "item": object} on stdin, prints Guard's own report as JSON on stdout.
A policy Guard cannot parse is one line on stderr and exit 2.
"""

import json
import sys

from cfn_guard_rs.cfn_guard_rs import run_checks_rs


def main() -> int:
    request = json.load(sys.stdin)
    try:
        report = run_checks_rs(json.dumps(request["item"]), request["policy"], False)
    except Exception as err:  # the binding raises its own parse and value errors
        print(f"error: guard: {type(err).__name__}: {str(err).splitlines()[0]}", file=sys.stderr)
        return 2
    sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
