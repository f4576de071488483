#!/usr/bin/env python3
"""cfn-lint validates Step Functions definitions (rule E3601), but not inside AWS::Serverless::StateMachine: SAM's
transform turns the Definition into a DefinitionString built with Fn::Join, which cfn-lint skips. This check hands
each state machine's Definition, unchanged and with its DefinitionSubstitutions, to cfn-lint as the Definition of a
plain AWS::StepFunctions::StateMachine, so that the Amazon States Language schema (states, fields, Retry, ItemReader,
ResultWriter, StartAt/Next targets) is checked in CI.

Usage: .ci/check-state-machines.py [template.yaml]    exit 0 when every definition passes, 1 otherwise
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    from cfnlint.decode import cfn_yaml
except ImportError as missing:
    print(f"check-state-machines: {missing.name} not installed (pip install cfn-lint); skipped")
    sys.exit(0)

path = sys.argv[1] if len(sys.argv) > 1 else "template.yaml"
template = json.loads(json.dumps(cfn_yaml.load(path)))
machines = {k: r for k, r in template.get("Resources", {}).items() if r.get("Type") == "AWS::Serverless::StateMachine"}
if not machines:
    print("check-state-machines: no AWS::Serverless::StateMachine in", path)
    sys.exit(0)

failed = False
for name, resource in machines.items():
    props = resource.get("Properties", {})
    if "Definition" not in props:
        print(f"check-state-machines: {name} has no inline Definition; skipped")
        continue
    # Substitution values are placeholders here: only the definition's structure is checked.
    subs = {k: "placeholder" for k in props.get("DefinitionSubstitutions", {})}
    plain = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Resources": {
            name: {
                "Type": "AWS::StepFunctions::StateMachine",
                "Properties": {
                    "RoleArn": "arn:aws:iam::123456789012:role/placeholder",
                    "Definition": props["Definition"],
                    "DefinitionSubstitutions": subs,
                },
            }
        },
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(plain, f)
    try:
        run = subprocess.run(["cfn-lint", "--format", "parseable", f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if run.returncode & 3:
        failed = True
        print(f"check-state-machines: {name}'s definition has errors:", file=sys.stderr)
        print(run.stdout.replace(f.name, f"{path}#{name}"), file=sys.stderr, end="")
    else:
        print(f"check-state-machines: {name}'s definition passes cfn-lint (E3601, Amazon States Language)")
sys.exit(1 if failed else 0)
