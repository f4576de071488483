#!/usr/bin/env python3
"""A deploy that changes only a parameter must publish new function versions (issue 8, section 3).

SAM names each function's AWS::Lambda::Version after a hash of the function's code and properties, with parameter
references *unresolved*: a parameter-only change keeps the logical id, and CloudFormation replaces the version only
when one of its create-only properties changes. The template carries the parameters into the version's Description
(VersionDescription), which is create-only, so a changed value replaces the version and moves the alias "live".

This check transforms template.yaml with aws-sam-translator (as cfn-lint and CloudFormation's transform do), once
per parameter set, and compares every function's published version - its logical id plus its properties with
parameter references resolved to the values of that set. It fails when two sets that differ in a parameter which
reaches a function's configuration publish the same version, or when a version description is longer than Lambda
allows (256 characters). The parameters checked are found in the transformed AWS::Lambda::Function resources, so a
parameter added to a function later is checked without editing this script.

Usage: .ci/check-versions.py [template.yaml]     exit 0 when every change publishes new versions, 1 otherwise
"""
import copy
import json
import os
import re
import sys

os.environ.setdefault("AWS_DEFAULT_REGION", "eu-central-1")

try:
    from cfnlint.data import Serverless  # cfn-lint ships SAM's managed policy map
    from cfnlint.decode import cfn_yaml
    from cfnlint.helpers import load_resource
    from samtranslator.parser import parser
    from samtranslator.translator.translator import Translator
except ImportError as missing:  # as .ci/run treats a missing cfn-lint: say so, do not fail
    print(f"check-versions: {missing.name} not installed (pip install cfn-lint, which brings aws-sam-translator); "
          "skipped")
    sys.exit(0)

# Properties of AWS::Lambda::Function that belong to the function, not to a published version: changing them takes
# effect without a new version.
FUNCTION_LEVEL = {"ReservedConcurrentExecutions", "Tags", "Role", "FunctionName"}
PSEUDO = {"AWS::Region": "eu-central-1", "AWS::AccountId": "123456789012", "AWS::Partition": "aws",
          "AWS::StackName": "kurzfassung", "AWS::URLSuffix": "amazonaws.com", "AWS::NoValue": None}
DESCRIPTION_MAX = 256

# Parameter sets, each against the defaults: the pair from the issue (extractive -> bedrock), realistic long values
# (they must also fit the version description), and keys that differ only in a part the description shortens.
SECRET = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:kurzfassung/openai-api-key-AbCdEf"
NAMED_SETS = {
    "bedrock": {"LlmProvider": "bedrock", "LlmModel": "eu.anthropic.claude-haiku-4-5-20251001-v1:0"},
    "openai-compatible gateway": {
        "LlmProvider": "openai",
        "LlmModel": "gpt-4o-mini-2024-07-18",
        "LlmBaseUrl": "https://llm-gateway.newsroom-internal.example.com/v1",
        "LlmApiKeySecretArn": SECRET,
    },
    "ssm key, long names": {
        "LlmProvider": "anthropic",
        "LlmModel": "claude-haiku-4-5-20251001",
        "LlmApiKeySecretArn": "arn:aws:ssm:eu-central-1:123456789012:parameter/newsroom/kurzfassung/anthropic-key",
        "BucketNamePrefix": "kurzfassung-newsroom-prod",
        "InputPrefix": "incoming/articles/",
        "OutputPrefix": "summaries/articles/",
    },
}
# Pairs that must publish different versions from each other (not only from the defaults).
PAIRS = [
    ({"LlmApiKeySecretArn": SECRET}, {"LlmApiKeySecretArn": SECRET.replace("123456789012", "210987654321")}),
    ({"LlmApiKeySecretArn": SECRET}, {"LlmApiKeySecretArn": SECRET.replace("eu-central-1", "eu-west-1")}),
    ({"LlmApiKeySecretArn": SECRET},
     {"LlmApiKeySecretArn": "arn:aws:ssm:eu-central-1:123456789012:parameter/kurzfassung/openai-api-key-AbCdEf"}),
]


def load(path):
    # cfn-lint's loader reads the short tags (!Ref, !Sub, ...) as their long forms; JSON drops its node types.
    return json.loads(json.dumps(cfn_yaml.load(path)))


def transform(template, values):
    # The code as `sam package` leaves it (an S3 object), the same for every set: only parameters differ.
    sam = copy.deepcopy(template)
    sam.get("Globals", {}).get("Function", {}).pop("CodeUri", None)
    for resource in sam.get("Resources", {}).values():
        if resource.get("Type") == "AWS::Serverless::Function":
            resource.setdefault("Properties", {})["CodeUri"] = "s3://bucket/kurzfassung.zip"
    translator = Translator(managed_policy_map=load_resource(Serverless, "ManagedPolicies.json"),
                            sam_parser=parser.Parser())
    return translator.translate(sam_template=sam, parameter_values=dict(values))


def resolved(template, values, fragment):
    """The fragment with Ref, Fn::Sub, Fn::Join, Fn::Select and Fn::Split of parameters evaluated, as CloudFormation
    would; references to resources stay as they are."""
    parameters = {name: str(p.get("Default", "")) for name, p in template.get("Parameters", {}).items()}
    parameters.update({name: str(v) for name, v in values.items()})
    parameters.update(PSEUDO)

    def sub(text, variables):
        def one(match):
            name = match.group(1)
            value = variables.get(name, parameters.get(name))
            return match.group(0) if value is None or not isinstance(value, str) else value
        return re.sub(r"\$\{([^}!]+)\}", one, text)

    def ev(node):
        if isinstance(node, list):
            return [ev(item) for item in node]
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            (key, arg), = node.items()
            if key == "Ref" and arg in parameters:
                return parameters[arg]
            if key == "Fn::Sub":
                text, variables = (arg, {}) if isinstance(arg, str) else (arg[0], ev(arg[1]))
                return sub(text, variables)
            if key == "Fn::Join":
                parts = ev(arg[1])
                if all(isinstance(x, str) for x in parts):
                    return ev(arg[0]).join(parts)
            if key == "Fn::Select":
                index, items = ev(arg[0]), ev(arg[1])
                if isinstance(items, list):
                    return items[int(index)]
            if key == "Fn::Split":
                text = ev(arg[1])
                if isinstance(text, str):
                    return text.split(ev(arg[0]))
        return {key: ev(value) for key, value in node.items()}

    return ev(copy.deepcopy(fragment))


def versions(template, values):
    """Function logical id -> (version logical id, version properties with the set's parameters resolved)."""
    out = transform(template, values)["Resources"]
    found = {}
    for vid, version in out.items():
        if version["Type"] != "AWS::Lambda::Version":
            continue
        function = version["Properties"]["FunctionName"]["Ref"]
        found[function] = (vid, resolved(template, values, version["Properties"]))
    return found


def referenced_parameters(node, parameters, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and value in parameters:
                found.add(value)
            elif key == "Fn::Sub":
                text = value if isinstance(value, str) else value[0]
                found.update(n for n in re.findall(r"\$\{([^}!.]+)\}", text) if n in parameters)
                referenced_parameters(value, parameters, found)
            else:
                referenced_parameters(value, parameters, found)
    elif isinstance(node, list):
        for item in node:
            referenced_parameters(item, parameters, found)
    return found


def configuration_parameters(template):
    """Function logical id -> the parameters that reach its version-level configuration."""
    parameters = template.get("Parameters", {})
    out = {}
    for fid, function in transform(template, {})["Resources"].items():
        if function["Type"] == "AWS::Lambda::Function":
            props = {k: v for k, v in function["Properties"].items() if k not in FUNCTION_LEVEL}
            out[fid] = referenced_parameters(props, parameters, set())
    return out


def another_value(name, parameter):
    """A valid value of the parameter other than its default."""
    default = parameter.get("Default", "")
    if "AllowedValues" in parameter:
        return next(v for v in parameter["AllowedValues"] if str(v) != str(default))
    if parameter.get("Type") == "Number":
        n = int(default)
        return str(n + 1 if n + 1 <= int(parameter.get("MaxValue", n + 1)) else n - 1)
    pattern = parameter.get("AllowedPattern")
    samples = [v[name] for v in NAMED_SETS.values() if name in v]
    for candidate in [f"{default}x", f"x{default}", "x"] + samples:
        if candidate != default and len(candidate) <= int(parameter.get("MaxLength", 4096)) and (
                pattern is None or re.fullmatch(pattern, candidate)):
            return candidate
    raise SystemExit(f"check-versions: no second value for parameter {name} (pattern {pattern})")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "template.yaml"
    template = load(path)
    baseline = versions(template, {})
    failures = []

    longest = [0, ""]

    def compare(label, values, against=None):
        before = baseline if against is None else versions(template, against)
        changed = versions(template, values)
        for function, (vid, props) in sorted(before.items()):
            other_vid, other_props = changed[function]
            for description in (props.get("Description"), other_props.get("Description")):
                if isinstance(description, str) and len(description) > longest[0]:
                    longest[:] = [len(description), description]
                if isinstance(description, str) and len(description) > DESCRIPTION_MAX:
                    failures.append(f"{label}: {function} version description is {len(description)} characters, "
                                    f"Lambda allows {DESCRIPTION_MAX}: {description}")
            if (vid, props) == (other_vid, other_props):
                failures.append(f"{label}: {function} publishes the same version {vid} "
                                f"(properties {json.dumps(props, sort_keys=True)})")
        print(f"{label}: " + ", ".join(
            f"{f} " + ("SAME VERSION" if before[f] == changed[f] else "new logical id" if before[f][0] != changed[f][0]
                       else "Description changes (version replaced)")
            for f in sorted(before)))

    print(f"defaults: Description {baseline['ApiFunction'][1].get('Description')!r}")
    for label, values in NAMED_SETS.items():
        compare(label, values)
        print(f"  Description {versions(template, values)['ApiFunction'][1].get('Description')!r}")
    for a, b in PAIRS:
        compare(f"{json.dumps(a)} vs {json.dumps(b)}", b, against=a)
    parameters = template.get("Parameters", {})
    by_parameter = {}
    for function, names in configuration_parameters(template).items():
        for name in names:
            by_parameter.setdefault(name, []).append(function)
    for name in sorted(by_parameter):
        value = another_value(name, parameters[name])
        compare(f"{name}={value}", {name: value})

    if failures:
        print("\n".join(["", "check-versions: a parameter-only deploy would keep serving the old version:"] +
                        ["  " + f for f in failures]), file=sys.stderr)
        return 1
    print(f"check-versions: each of {len(by_parameter)} configuration parameters ({', '.join(sorted(by_parameter))}), "
          f"{len(NAMED_SETS)} named sets and {len(PAIRS)} pairs publishes new versions of "
          f"{', '.join(sorted(baseline))}; longest description {longest[0]} of {DESCRIPTION_MAX} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
