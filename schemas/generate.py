#!/usr/bin/env python3
"""Generates schemas/task-definition.schema.json and schemas/service.schema.json from the AWS
ECS API model as shipped in the npm packages @aws-sdk/client-ecs (v3) and aws-sdk (v2).

    generate.py --v3 DIR --v2 DIR --out DIR

--v3 is the unpacked `package/` folder of @aws-sdk/client-ecs, --v2 the one of aws-sdk.
Python 3 standard library only. The output is deterministic: the same inputs give the same
bytes, so a regeneration diff shows only real model changes.

Sources (both Apache-2.0, see schemas/NOTICE):
  v3 dist-es/schemas/schemas_0.js   structures, members, required members, member types
  v3 dist-types/models/models_*.d.ts  member doc comments and enum-typed members
  v3 dist-es/models/enums.js        enum values
  v2 apis/ecs-2014-11-13.min.json   integer vs floating-point numbers (v3 has one code for both)

The C++ validator supports a fixed keyword subset (schemas/README.md); this script emits
nothing else, and fails loudly when the model holds something it does not understand, so a
model change cannot silently produce a schema the C++ side misreads.
"""

import argparse
import html
import json
import os
import re
import sys

# ------------------------------------------------------------------------------------------
# Overlay tables: facts the v3 bundle does not carry (smithy-typescript strips @length/@range
# traits), each with its source. Keys are (API shape, member).

# Source: /work/shared/reference/ecs-facts.md §C.7 ([API] botocore service-2.json shapes
# Tags, TagKey, TagValue, CapacityProviderStrategyItem*, PortNumber) and the task brief.
MEMBER_OVERLAY = {
    # Tags: at most 50 per resource; key 1-128 characters, value 0-256 ([API] Tags/TagKey/TagValue).
    ("RegisterTaskDefinitionRequest", "tags"): {"maxItems": 50},
    ("CreateServiceRequest", "tags"): {"maxItems": 50},
    ("Tag", "key"): {"minLength": 1, "maxLength": 128},
    ("Tag", "value"): {"maxLength": 256},
    # Capacity provider strategy: weight 0-1000, base 0-100000 ([API] CapacityProviderStrategyItem).
    ("CapacityProviderStrategyItem", "weight"): {"minimum": 0, "maximum": 1000},
    ("CapacityProviderStrategyItem", "base"): {"minimum": 0, "maximum": 100000},
    # A task definition needs at least one container (RegisterTaskDefinition rejects an empty list).
    ("RegisterTaskDefinitionRequest", "containerDefinitions"): {"minItems": 1},
    # Names: up to 255 characters ([API] family, ContainerDefinition.name, Volume.name docs).
    # The character set is a C++ rule with a precise message, not a schema pattern.
    ("RegisterTaskDefinitionRequest", "family"): {"maxLength": 255},
    ("ContainerDefinition", "name"): {"maxLength": 255},
    ("Volume", "name"): {"maxLength": 255},
    # Port numbers 0-65535 ([API] PortNumber; TCP/UDP port range). Narrower, context-dependent
    # limits (containerPort >= 1, hostPort == containerPort under awsvpc) are C++ rules.
    ("PortMapping", "containerPort"): {"minimum": 0, "maximum": 65535},
    ("PortMapping", "hostPort"): {"minimum": 0, "maximum": 65535},
    ("LoadBalancer", "containerPort"): {"minimum": 0, "maximum": 65535},
    ("ServiceRegistry", "port"): {"minimum": 0, "maximum": 65535},
    ("ServiceRegistry", "containerPort"): {"minimum": 0, "maximum": 65535},
    ("ServiceConnectClientAlias", "port"): {"minimum": 0, "maximum": 65535},
    ("ServiceConnectService", "ingressPortOverride"): {"minimum": 0, "maximum": 65535},
}

# Numbers that are not in the v2 model, decided from the v3 doc comment of the member
# (quoted). Anything not here and not in v2 stays "number", which never raises a false alarm.
NUMBER_OVERLAY = {
    # "Specifies the integer that Amazon ECS uses to calculate the failure threshold."
    ("ThresholdConfiguration", "value"): "integer",
    # "... relative to the service's desiredCount and must be an integer between 0 and 100."
    ("DeploymentEarlySuccessCriteria", "healthyPercent"): "integer",
    # "Valid values are multiples of 0.1 from 3.0 to 100.0." / "... from 0.1 to 100.0."
    ("LinearConfiguration", "stepPercent"): "number",
    ("CanaryConfiguration", "canaryPercent"): "number",
}

# Hand-written one-line descriptions where the first sentence of the AWS doc does not make a
# good summary. Everything else is the first doc sentence, shortened mechanically.
DESCRIPTION_OVERLAY = {
    # Task definition.
    ("RegisterTaskDefinitionRequest", "family"):
        "Name of the task definition family; each registration adds a revision to it.",
    ("RegisterTaskDefinitionRequest", "containerDefinitions"): "The containers that make up the task.",
    ("RegisterTaskDefinitionRequest", "enableFaultInjection"):
        "Whether fault injection is allowed for tasks of this task definition.",
    ("RegisterTaskDefinitionRequest", "executionRoleArn"):
        "ARN of the role the ECS agent uses to pull images, read secrets and write logs.",
    ("ContainerDefinition", None): "One container of the task: image, resources, ports and settings.",
    ("ContainerDefinition", "credentialSpecs"): "ARNs in SSM or Amazon S3 of an Active Directory credential spec.",
    ("ContainerDefinition", "essential"): "Whether the whole task stops when this container stops.",
    ("ContainerDefinition", "privileged"): "If true, the container gets elevated (root) privileges on the host.",
    ("ContainerDefinition", "linuxParameters"): "Linux-specific settings such as capabilities, devices and tmpfs.",
    ("ContainerDefinition", "links"): "Other containers this one can reach by name (bridge network mode only).",
    ("ContainerDefinition", "stopTimeout"): "Seconds to wait before the container is killed if it does not exit.",
    ("ContainerDefinition", "versionConsistency"):
        "Whether ECS resolves the image tag to a digest when the task is registered.",
    ("ContainerRestartPolicy", None): "Restart policy of a container: restart it in place when it exits.",
    ("FSxWindowsFileServerAuthorizationConfig", "domain"):
        "Fully qualified domain name of the AWS Managed Microsoft AD directory.",
    ("FSxWindowsFileServerVolumeConfiguration", "rootDirectory"):
        "Folder of the FSx for Windows File Server file system mounted as the root.",
    ("HostEntry", None): "A hostname and IP address added to the container's /etc/hosts.",
    ("PortMapping", None): "A port of the container published on the host or task network interface.",
    ("PortMapping", "containerPort"): "The port number on the container bound to the host port.",
    ("NvidiaMpsAllocation", None): "GPU memory and compute limits for a container sharing a GPU with NVIDIA MPS.",
    ("LinuxParameters", "capabilities"): "Linux capabilities added to or dropped from the Docker default set.",
    ("KernelCapabilities", None): "Linux capabilities to add to or drop from the Docker default set.",
    ("KernelCapabilities", "add"): "Linux capabilities added to the Docker default set.",
    ("KernelCapabilities", "drop"): "Linux capabilities dropped from the Docker default set.",
    ("HealthCheck", "startPeriod"): "Grace period in seconds before failed health checks count as retries.",
    ("ProxyConfiguration", "properties"): "Network settings passed to the CNI plugin of the App Mesh proxy.",
    ("HostVolumeProperties", "sourcePath"): "Path on the host that is presented to the container.",
    ("EFSVolumeConfiguration", "transitEncryption"):
        "Whether EFS data is encrypted in transit between the host and the EFS server.",
    ("EFSAuthorizationConfig", "iam"): "Whether the task IAM role is used when mounting the EFS file system.",
    # Service.
    ("CreateServiceRequest", "deploymentConfiguration"):
        "How many tasks run during a deployment, and the deployment strategy.",
    ("CreateServiceRequest", "volumeConfigurations"):
        "Volumes of the task definition that are configured at launch time.",
    ("CreateServiceRequest", "serviceConnectConfiguration"):
        "Service Connect settings: how this service finds and is found by others.",
    ("CreateServiceRequest", "role"): "IAM role that lets ECS call your load balancer (classic setups only).",
    ("CreateServiceRequest", "monitoring"): "Optional monitoring configuration of the service.",
    ("CreateServiceRequest", "healthCheckGracePeriodSeconds"):
        "Seconds during which failing load balancer health checks are ignored after a task starts.",
    ("DeploymentConfiguration", "deploymentCircuitBreaker"):
        "Stops and optionally rolls back a rolling update whose tasks fail (ECS controller).",
    ("DeploymentConfiguration", "minimumHealthyPercent"):
        "Lower limit on running tasks during a deployment, as a percent of desiredCount.",
    ("ServiceVolumeConfiguration", None): "A task definition volume that is configured at launch time.",
    ("DeploymentLifecycleHook", None): "Custom logic or a pause run at a given stage of a deployment.",
    ("DeploymentConfiguration", None): "How many tasks run during a deployment, and the deployment strategy.",
    ("DeploymentConfiguration", "lifecycleHooks"): "Lifecycle hooks run at given stages of a deployment.",
    ("DeploymentConfiguration", "maximumPercent"):
        "Upper limit on running tasks during a deployment, as a percent of desiredCount.",
    ("DeploymentConfiguration", "bakeTimeInMinutes"):
        "Minutes both blue and green revisions run after production traffic has shifted.",
    ("CanaryConfiguration", None): "Canary deployment: shift a fixed share of traffic first, then the rest.",
    ("CanaryConfiguration", "canaryBakeTimeInMinutes"):
        "Minutes to wait in the canary phase before shifting the remaining traffic.",
    ("LinearConfiguration", None): "Linear deployment: shift production traffic in equal steps.",
    ("ServiceConnectClientAlias", None): "A name and port other tasks use to reach this Service Connect service.",
    ("ServiceConnectClientAlias", "testTrafficRules"):
        "Rules that route test traffic to the new revision in blue/green deployments.",
    ("DeploymentAlarms", None): "CloudWatch alarms that mark a deployment as failed.",
    ("VpcLatticeAdvancedConfiguration", "alternateTargetGroupArn"):
        "ARN of the alternate VPC Lattice target group for blue/green deployments.",
    ("VpcLatticeConfiguration", None): "VPC Lattice target group settings of the service.",
    ("VpcLatticeConfiguration", "targetGroupArn"): "ARN of the VPC Lattice target group of the service.",
    ("AdvancedConfiguration", "testListenerRule"): "ARN of the test listener or listener rule for blue/green.",
    ("AdvancedConfiguration", "productionListenerRule"):
        "ARN of the production listener or listener rule for blue/green.",
    ("ServiceConnectTestTrafficRules", "header"): "HTTP header rules that select the test traffic.",
    ("ServiceConnectTestTrafficHeaderRules", "value"): "How the HTTP header value is matched.",
    ("CapacityProviderStrategyItem", "base"): "Minimum number of tasks to run on this capacity provider.",
    ("CapacityProviderStrategyItem", "weight"):
        "Relative share of launched tasks that use this capacity provider.",
    ("DeploymentCircuitBreaker", None): "Stops and optionally rolls back a rolling update whose tasks fail.",
    ("GatewayConnectorHealthCheck", None): "Health check a gateway uses for the targets of a connector.",
    ("GatewayConnector", "healthCheck"): "Health check the gateway uses for the targets of this connector.",
    ("GatewayConnectorHealthCheck", "unhealthyThresholdCount"):
        "Consecutive failed health checks before a target is unhealthy.",
    ("GatewayConnectorHealthCheck", "healthyThresholdCount"):
        "Consecutive successful health checks before a target is healthy.",
    ("LoadBalancer", "containerName"): "Container (name from the task definition) to register with the load balancer.",
    ("MonitoringConfiguration", None): "Optional monitoring configuration of a service.",
    ("DeploymentEarlySuccessCriteria", "healthyPercent"):
        "Percent of healthy tasks the new revision needs before the deployment succeeds early.",
    ("ServiceConnectService", "portName"): "Name of a portMappings entry of the task definition's containers.",
    ("ServiceManagedEBSVolumeConfiguration", "volumeInitializationRate"):
        "Rate in MiB/s at which a volume created from a snapshot is initialized.",
}

# describe-task-definition output members that RegisterTaskDefinition rejects as input
# (ecs-facts.md §C.15). A dedicated rule reports them with a precise message, so the schema
# allows them instead of reporting each a second time as an unknown member.
READ_ONLY_TASK_DEFINITION_MEMBERS = [
    "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
    "registeredAt", "registeredBy", "deregisteredAt",
]

# (output file, root shape, title, $id, root description)
OUTPUTS = [
    ("task-definition.schema.json", "RegisterTaskDefinitionRequest", "RegisterTaskDefinition",
     "Amazon ECS task definition",
     "urn:ecslint:schema:task-definition",
     "An Amazon ECS task definition: RegisterTaskDefinition input (--cli-input-json/yaml)."),
    ("service.schema.json", "CreateServiceRequest", "CreateService",
     "Amazon ECS service definition",
     "urn:ecslint:schema:service",
     "An Amazon ECS service definition: CreateService input (--cli-input-json/yaml)."),
    ("update-service.schema.json", "UpdateServiceRequest", "UpdateService",
     "Amazon ECS service update",
     "urn:ecslint:schema:update-service",
     "Changes to an Amazon ECS service: UpdateService input (--cli-input-json/yaml)."),
]

V3_PACKAGE = "@aws-sdk/client-ecs"
V2_PACKAGE = "aws-sdk"
DESCRIPTION_LIMIT = 100

# Smithy schema type codes used by the v3 bundle (@smithy/core/schema).
STRING, NUMERIC, BOOLEAN, DOCUMENT, BLOB = 0, 1, 2, 15, 21
TIMESTAMPS = (4, 5, 6, 7)
LIST_BIT, MAP_BIT = 64, 128
# Kinds of declared schemas: [kind, namespace, name, traits, ...].
KIND_SIMPLE, KIND_LIST, KIND_MAP, KIND_STRUCT, KIND_UNION = 0, 1, 2, 3, 4


class ModelError(Exception):
    """The model holds something this generator does not understand."""


# ------------------------------------------------------------------------------------------
# A reader for the small JavaScript subset schemas_0.js is written in: `const _x = "s";`,
# `var X = <expr>;`, `export var X$ = <expr>;`, where <expr> is numbers, strings, names,
# `a | b`, arrays, `{ [_k]: v }` objects and `() => Name`. Other statements are skipped.

TOKEN = re.compile(r'\s+|//[^\n]*|/\*.*?\*/|("(?:[^"\\]|\\.)*")|(-?\d+)|([A-Za-z_$][\w$]*)|(=>|[\[\]{}(),;=|:.])',
                   re.S)


class Name:
    """A reference to a declared name, resolved after the whole file is read."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Name(%s)" % self.name


class Lazy(Name):
    """`() => Name`: a reference to a schema declared elsewhere."""


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ModelError("schemas_0.js: cannot read at offset %d: %r" % (pos, text[pos:pos + 40]))
        pos = m.end()
        if m.group(1):
            tokens.append(("str", json.loads(m.group(1))))
        elif m.group(2):
            tokens.append(("num", int(m.group(2))))
        elif m.group(3):
            tokens.append(("id", m.group(3)))
        elif m.group(4):
            tokens.append(("op", m.group(4)))
    return tokens


class Reader:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self, k=0):
        j = self.i + k
        return self.tokens[j] if j < len(self.tokens) else ("eof", None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise ModelError("schemas_0.js: expected %s %s, got %r" % (kind, value, tok))
        self.i += 1
        return tok

    def skip_statement(self):
        depth = 0
        while self.peek()[0] != "eof":
            kind, value = self.take()
            if kind == "op" and value in "[{(":
                depth += 1
            elif kind == "op" and value in "]})":
                depth -= 1
            elif kind == "op" and value == ";" and depth == 0:
                return

    def expression(self):
        value = self.primary()
        while self.peek() == ("op", "|"):
            self.take()
            right = self.primary()
            if not isinstance(value, int) or not isinstance(right, int):
                raise ModelError("schemas_0.js: `|` on non-numbers")
            value |= right
        return value

    def primary(self):
        kind, value = self.peek()
        if kind in ("num", "str"):
            self.take()
            return value
        if kind == "id":
            self.take()
            return Name(value)
        if (kind, value) == ("op", "("):
            self.take()
            self.take("op", ")")
            self.take("op", "=>")
            return Lazy(self.take("id")[1])
        if (kind, value) == ("op", "["):
            self.take()
            items = []
            while self.peek() != ("op", "]"):
                items.append(self.expression())
                if self.peek() == ("op", ","):
                    self.take()
            self.take("op", "]")
            return items
        if (kind, value) == ("op", "{"):
            self.take()
            obj = {}
            while self.peek() != ("op", "}"):
                if self.peek() == ("op", "["):
                    self.take()
                    key = self.take("id")[1]
                    self.take("op", "]")
                    key = Name(key)
                else:
                    key = self.take()[1]
                self.take("op", ":")
                obj[key if isinstance(key, str) else key.name] = self.expression()
                if self.peek() == ("op", ","):
                    self.take()
            self.take("op", "}")
            return obj
        raise ModelError("schemas_0.js: unexpected %r" % (self.peek(),))


def read_declarations(text):
    """Every `const|var|export var NAME = <expr>;` of schemas_0.js, by name."""
    reader = Reader(tokenize(text))
    decls = {}
    while reader.peek()[0] != "eof":
        start = reader.i
        if reader.peek() == ("id", "export"):
            reader.take()
        if reader.peek()[0] == "id" and reader.peek()[1] in ("const", "var") \
                and reader.peek(1)[0] == "id" and reader.peek(2) == ("op", "="):
            reader.take()
            name = reader.take()[1]
            reader.take()
            try:
                decls[name] = reader.expression()
                reader.take("op", ";")
                continue
            except ModelError:
                # `new TypeRegistry(n0)` and the like: not schema data.
                reader.i = start
        reader.skip_statement()
    return decls


def deref(decls, value):
    """Replaces string-constant names (`_f`) by their text, recursively."""
    if isinstance(value, list):
        return [deref(decls, v) for v in value]
    if isinstance(value, Lazy):
        return value
    if isinstance(value, Name):
        target = decls.get(value.name)
        if isinstance(target, (str, int)):
            return target
        return value
    return value


# ------------------------------------------------------------------------------------------
# The .d.ts files: doc comments and TypeScript member types (for enums).

def clean_doc(raw):
    """Plain text of a doc comment body (HTML tags dropped, entities decoded)."""
    lines = [re.sub(r"^\s*\*\s?", "", line) for line in raw.splitlines()]
    text = " ".join(line for line in lines if not line.startswith("@"))
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def read_dts(paths):
    """{shape: {"doc": str, "members": {member: (type, doc)}}} from the .d.ts model files."""
    shapes = {}
    member_re = re.compile(r"^\s+(\$?\w+)\??: (.+);$")
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        doc = ""
        current = None
        depth = 0
        in_member = False
        member_doc = ""
        for m in re.finditer(r"[ \t]*/\*\*(.*?)\*/|([^\n]*)\n", text, re.S):
            if m.group(1) is not None:
                doc = clean_doc(m.group(1))
                continue
            line = m.group(2)
            if not line.strip():
                continue
            head = re.match(r"^export interface (\w+) \{$", line)
            union = re.match(r"^export declare namespace (\w+) \{$", line)
            alias = re.match(r"^export type (\w+) = ", line)
            if head or union:
                current = shapes.setdefault((head or union).group(1), {"doc": "", "members": {}})
                if head:
                    current["doc"] = doc
                depth = 1
            elif alias:
                # A union's doc sits on its `export type`, before the namespace.
                shapes.setdefault(alias.group(1), {"doc": "", "members": {}})["doc"] = doc
            elif current is not None:
                stripped = line.strip()
                if stripped.startswith("interface ") and depth == 1:
                    # Union members are `interface FooMember`; $UnknownMember and Visitor are not.
                    in_member = re.match(r"^interface \w+Member \{$", stripped) is not None
                    member_doc = doc
                    depth = 2
                elif stripped == "}":
                    depth -= 1
                    if depth == 0:
                        current = None
                else:
                    mm = member_re.match(line)
                    if mm and (depth == 1 or in_member) and mm.group(1) != "$unknown":
                        type_text = mm.group(2).replace(" | undefined", "")
                        if type_text != "never":
                            current["members"][mm.group(1)] = (
                                type_text, member_doc if depth == 2 else doc)
            doc = "" if m.group(1) is None else doc
    return shapes


def read_enums(path):
    """{enum name: [values]} from dist-es/models/enums.js, in declaration order."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    enums = {}
    for m in re.finditer(r"export const (\w+) = \{(.*?)\};", text, re.S):
        enums[m.group(1)] = re.findall(r':\s*"((?:[^"\\]|\\.)*)"', m.group(2))
    return enums


def enum_of(type_text, enums):
    """Enum values for a member's TypeScript type (or its list element type), or None."""
    base = type_text
    if base.endswith("[]"):
        base = base[:-2]
    return enums.get(base)


# ------------------------------------------------------------------------------------------
# Descriptions.

def first_sentence(text):
    m = re.match(r"(.+?[.!?])(?:\s+[A-Z(]|$)", text)
    return m.group(1) if m else text


# Mechanical shortenings that keep the meaning, applied before any cut.
SHORTER = [
    (r"\s+([.,;:)])", r"\1"), (r"\(\s+", "("),
    (r"Amazon Resource Name \(ARN\)", "ARN"), (r"Amazon Web Services", "AWS"),
    (r"Amazon Elastic Container Service|Amazon ECS", "ECS"),
    (r"Elastic Load Balancing", "ELB"), (r"AWS Identity and Access Management", "IAM"),
    (r"\bidentifier of the\b", "of the"), (r"\bthat's\b", "that is"),
    (r"^(This parameter |This field |This is |Use this parameter to |Use this field to )", ""),
    (r"^(specifies |is |maps to )", ""),
    (r"^When this parameter is true,? ", "If true, "),
    (r"^Determines whether to ", "Whether to "), (r"^Specifies whether ", "Whether "),
    (r"^The number of instantiations of ", "How many copies of "),
]


def summarize(doc):
    """A one-line summary of at most DESCRIPTION_LIMIT characters from an AWS doc string."""
    text = first_sentence(doc).strip()
    for pattern, replacement in SHORTER:
        text = re.sub(pattern, replacement, text)
    text = text[:1].upper() + text[1:]
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    # Cut at the last clause boundary that fits, else at a word boundary.
    print("generate.py: note: description cut, consider DESCRIPTION_OVERLAY: %s" % text,
          file=sys.stderr)
    head = text[:DESCRIPTION_LIMIT - 3]
    for sep in (", ", "; ", " ("):
        k = head.rfind(sep)
        if k >= 40:
            return head[:k] + "..."
    return head[:head.rfind(" ")] + "..."


# ------------------------------------------------------------------------------------------
# The walk: from a root structure to JSON Schema.

class Generator:
    def __init__(self, decls, dts, enums, v2):
        self.decls = decls
        self.dts = dts
        self.enums = enums
        self.v2 = v2
        self.definitions = {}
        self.v2_unknown_numbers = []  # numbers decided without v2: (shape, member, decision)
        self.required_mismatch = []

    # v2 node helpers -------------------------------------------------------------------
    def v2_node(self, node):
        if node is None:
            return None
        if "shape" in node:
            return self.v2["shapes"][node["shape"]]
        return node

    # schema declarations ---------------------------------------------------------------
    def declaration(self, lazy):
        value = self.decls.get(lazy.name)
        if value is None:
            raise ModelError("unknown schema %s" % lazy.name)
        return deref(self.decls, value)

    def member_schema(self, shape, member, schema, v2_node, doc_type):
        """The JSON Schema of one member schema value (number code, Lazy, or [schema, traits])."""
        if isinstance(schema, list) and len(schema) == 2 and not isinstance(schema[0], list):
            schema = schema[0]  # [schema, member traits]: traits are not validation data
        v2_node = self.v2_node(v2_node)
        if isinstance(schema, int):
            return self.code_schema(shape, member, schema, v2_node, doc_type)
        if isinstance(schema, Lazy):
            decl = self.declaration(schema)
            if isinstance(decl, int):
                return self.code_schema(shape, member, decl, v2_node, doc_type)
            kind = decl[0]
            if kind in (KIND_STRUCT, KIND_UNION):
                name = decl[2]
                self.structure(name, decl, v2_node)
                return {"$ref": "#/definitions/" + name}
            if kind == KIND_LIST:
                return {"type": "array",
                        "items": self.member_schema(shape, member, decl[4],
                                                    v2_node and v2_node.get("member"),
                                                    element_type(doc_type))}
            if kind == KIND_MAP:
                return {"type": "object",
                        "additionalProperties": self.member_schema(
                            shape, member, decl[5], v2_node and v2_node.get("value"),
                            value_type(doc_type))}
            if kind == KIND_SIMPLE:
                return self.member_schema(shape, member, decl[4], v2_node, doc_type)
        raise ModelError("%s.%s: unsupported member schema %r" % (shape, member, schema))

    def code_schema(self, shape, member, code, v2_node, doc_type):
        if code & LIST_BIT and code < MAP_BIT:
            return {"type": "array",
                    "items": self.code_schema(shape, member, code & ~LIST_BIT,
                                              v2_node and self.v2_node(v2_node.get("member")),
                                              element_type(doc_type))}
        if code & MAP_BIT:
            return {"type": "object",
                    "additionalProperties": self.code_schema(
                        shape, member, code & ~MAP_BIT,
                        v2_node and self.v2_node(v2_node.get("value")), value_type(doc_type))}
        if code == STRING:
            out = {"type": "string"}
            values = enum_of(doc_type or "", self.enums)
            if values:
                out["enum"] = values
            return out
        if code == NUMERIC:
            return {"type": self.number_type(shape, member, v2_node)}
        if code == BOOLEAN:
            return {"type": "boolean"}
        if code == BLOB:
            return {"type": "string"}
        if code in TIMESTAMPS:
            # The CLI takes epoch seconds or an ISO 8601 string; one `type` cannot say both.
            return {"$comment": "timestamp: epoch seconds (number) or ISO 8601 string"}
        if code == DOCUMENT:
            return {"$comment": "free-form JSON document"}
        raise ModelError("%s.%s: unknown smithy type code %d" % (shape, member, code))

    def number_type(self, shape, member, v2_node):
        if v2_node is not None and "type" in v2_node:
            kind = v2_node["type"]
            if kind in ("integer", "long"):
                return "integer"
            if kind in ("double", "float"):
                return "number"
            raise ModelError("%s.%s: v2 says %s for a number" % (shape, member, kind))
        decision = NUMBER_OVERLAY.get((shape, member), "number")
        self.v2_unknown_numbers.append((shape, member, decision))
        return decision

    def structure(self, name, decl, v2_node):
        if name in self.definitions:
            return
        self.definitions[name] = None  # placeholder: breaks recursion
        schema = self.object_schema(name, decl, v2_node)
        # The title names the object in messages ("not a container definition parameter").
        self.definitions[name] = dict([("title", humanize(name))] + list(schema.items()))

    def object_schema(self, name, decl, v2_node):
        kind, _ns, decl_name, _traits, names, schemas = decl[:6]
        required_count = decl[6] if len(decl) > 6 else 0
        if decl_name != name or len(names) != len(schemas):
            raise ModelError("%s: malformed structure declaration" % name)
        info = self.dts.get(name, {"doc": "", "members": {}})
        v2_members = (v2_node or {}).get("members", {})
        out = {"type": "object"}
        desc = DESCRIPTION_OVERLAY.get((name, None)) or (summarize(info["doc"]) if info["doc"] else "")
        if desc:
            out["description"] = desc
        if kind == KIND_UNION:
            out["$comment"] = "Union: set exactly one member (checked by the API, not this schema)."
        properties = {}
        for member, schema in zip(names, schemas):
            doc_type, doc = info["members"].get(member, (None, ""))
            if doc_type is None:
                raise ModelError("%s.%s: no TypeScript declaration" % (name, member))
            prop = self.member_schema(name, member, schema, v2_members.get(member), doc_type)
            prop.update(MEMBER_OVERLAY.get((name, member), {}))
            text = DESCRIPTION_OVERLAY.get((name, member)) or (summarize(doc) if doc else "")
            if text:
                prop = dict([("description", text)] + list(prop.items()))
            properties[member] = prop
        out["properties"] = properties
        out["additionalProperties"] = False
        required = list(names[:required_count])
        if required:
            out["required"] = required
        if v2_node is not None and sorted(v2_node.get("required", [])) != sorted(required):
            self.required_mismatch.append((name, v2_node.get("required", []), required))
        return out

    def root(self, root_shape, v2_input):
        decl = self.declaration(Lazy(root_shape + "$"))
        return self.object_schema(root_shape, decl, v2_input)


def humanize(shape):
    """ContainerDefinition -> "container definition"; EFSVolumeConfiguration -> "EFS volume
    configuration" (runs of capitals stay an acronym)."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|[0-9]|$)|[A-Z]?[a-z]+|[0-9]+", shape)
    text = " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in words)
    for wrong, right in (("f sx", "FSx"), ("s 3", "S3"), ("aws vpc", "awsvpc"), (" tls ", " TLS "),
                         ("ecs", "ECS"), ("iam", "IAM")):
        text = (" %s " % text).replace(" %s " % wrong.strip(), " %s " % right.strip()).strip()
    return text


def element_type(doc_type):
    if doc_type and doc_type.endswith("[]"):
        return doc_type[:-2]
    return None


def value_type(doc_type):
    m = re.match(r"^Record<string, (.+)>$", doc_type or "")
    return m.group(1) if m else None


# ------------------------------------------------------------------------------------------

def check_keywords(node, path="#"):
    """Fails when the output uses anything outside the keyword subset the C++ side supports."""
    allowed = {"$schema", "$id", "$comment", "title", "description", "type", "properties",
               "additionalProperties", "required", "items", "enum", "minimum", "maximum",
               "minLength", "maxLength", "minItems", "maxItems", "pattern", "definitions", "$ref"}
    types = {"object", "array", "string", "integer", "number", "boolean"}
    if not isinstance(node, dict):
        raise ModelError("%s: a schema must be an object" % path)
    for key, value in node.items():
        if key not in allowed:
            raise ModelError("%s: keyword %s is outside the supported subset" % (path, key))
        if key == "type" and value not in types:
            raise ModelError("%s: type %r" % (path, value))
        if key in ("properties", "definitions"):
            for k, v in value.items():
                check_keywords(v, "%s/%s/%s" % (path, key, k))
        elif key in ("items",) or (key == "additionalProperties" and isinstance(value, dict)):
            check_keywords(value, path + "/" + key)
        elif key == "$ref" and not value.startswith("#/definitions/"):
            raise ModelError("%s: $ref %s" % (path, value))


def package_version(folder):
    path = os.path.join(folder, "package.json")
    if not os.path.exists(path):
        raise ModelError("%s: missing (the version is recorded in the schemas)" % path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)["version"]


def generate(v3, v2_dir, out_dir):
    with open(os.path.join(v3, "dist-es", "schemas", "schemas_0.js"), encoding="utf-8") as f:
        decls = read_declarations(f.read())
    dts = read_dts([os.path.join(v3, "dist-types", "models", n)
                    for n in sorted(os.listdir(os.path.join(v3, "dist-types", "models")))
                    if re.match(r"models_\d+\.d\.ts$", n)])
    enums = read_enums(os.path.join(v3, "dist-es", "models", "enums.js"))
    with open(os.path.join(v2_dir, "apis", "ecs-2014-11-13.min.json"), encoding="utf-8") as f:
        v2 = json.load(f)
    v3_version = package_version(v3)
    v2_version = package_version(v2_dir)

    for file_name, root_shape, operation, title, schema_id, root_desc in OUTPUTS:
        gen = Generator(decls, dts, enums, v2)
        root = gen.root(root_shape, v2["operations"][operation]["input"])
        if root_shape == "RegisterTaskDefinitionRequest":
            for member in READ_ONLY_TASK_DEFINITION_MEMBERS:
                root["properties"][member] = {
                    "$comment": "Read-only describe-task-definition output; RegisterTaskDefinition "
                                "rejects it. Allowed here because a dedicated rule reports it."}
        schema = {
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": schema_id,
            "$comment": "Generated by schemas/generate.py from %s@%s (dist-es/schemas/schemas_0.js, "
                        "dist-types/models, dist-es/models/enums.js) and %s@%s "
                        "(apis/ecs-2014-11-13.min.json); Apache-2.0, see schemas/NOTICE. "
                        "Do not edit: run schemas/update.sh."
                        % (V3_PACKAGE, v3_version, V2_PACKAGE, v2_version),
            "title": title,
            "description": root_desc,
        }
        schema.update((k, v) for k, v in root.items() if k != "description")
        schema["definitions"] = dict(sorted(gen.definitions.items()))
        check_keywords(schema)
        with open(os.path.join(out_dir, file_name), "w", encoding="utf-8") as f:
            json.dump(schema, f, indent=2, ensure_ascii=False)
            f.write("\n")
        for shape, member, decision in gen.v2_unknown_numbers:
            print("%s: %s.%s not in v2, number type -> %s" % (file_name, shape, member, decision),
                  file=sys.stderr)
        for shape, v2_req, v3_req in gen.required_mismatch:
            print("%s: %s required differs: v2 %s, v3 %s" % (file_name, shape, v2_req, v3_req),
                  file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--v3", required=True, help="unpacked @aws-sdk/client-ecs package folder")
    parser.add_argument("--v2", required=True, help="unpacked aws-sdk package folder")
    parser.add_argument("--out", required=True, help="folder to write the schemas into")
    args = parser.parse_args()
    try:
        generate(args.v3, args.v2, args.out)
    except ModelError as e:
        print("generate.py: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
