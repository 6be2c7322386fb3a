#!/usr/bin/env python3
"""Generates benchmark inputs for ecslint: realistic ECS files, deterministic (seeded).

    bench/generate.py [OUT] [--seed N] [--sizes 1,100,1000,10000]

OUT (default /tmp/ecslint-bench) receives:
  json-N/, yaml-N/    N task definitions (1.5-6 KB each; 1-4 containers with environment,
                      secrets, port mappings, log configuration, health checks; Fargate and EC2;
                      about one in eight with a mistake). yaml-N holds the YAML twins of json-N.
  mixed-json/, mixed-yaml/
                      1,000 files: task definitions, CreateService inputs, CodeDeploy AppSpecs.
  big/big-5mb.json    one task definition of about 5 MB (2,800 containers): far beyond what
                      register accepts (64 KiB), so it measures how the engine scales with the
                      size of one document, not a real file. Under the 16 MiB read limit.
  big/env-10000.json  one task definition whose single container carries the environment of
                      10,000 containers (80,000 entries): the per-entry rules at scale.
  big/*.yaml          the YAML twins of both.

Standard library only; the same seed always gives the same bytes.
"""
import argparse
import json
import os
import random
import re
import shutil

FARGATE_SIZES = {  # cpu -> memory choices (MiB) that Fargate accepts
    256: [512, 1024, 2048],
    512: [1024, 2048, 3072, 4096],
    1024: [2048, 3072, 4096, 6144, 8192],
    2048: [4096, 6144, 8192, 12288, 16384],
    4096: [8192, 12288, 16384, 30720],
}
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1"]
APPS = ["web", "api", "worker", "billing", "search", "auth", "orders", "catalog", "gateway",
        "notifier", "reports", "ingest", "scheduler", "payments", "profile"]
IMAGES = ["public.ecr.aws/nginx/nginx:1.27", "public.ecr.aws/docker/library/redis:7.2",
          "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0",
          "public.ecr.aws/docker/library/python:3.12-slim"]
ENV_NAMES = ["LOG_LEVEL", "PORT", "DATABASE_HOST", "DATABASE_PORT", "CACHE_URL", "FEATURE_FLAGS",
             "AWS_REGION", "SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "JAVA_OPTS",
             "WORKER_CONCURRENCY", "QUEUE_URL", "TIMEOUT_SECONDS", "SENTRY_ENVIRONMENT",
             "HTTP_PROXY", "NO_PROXY", "TZ", "LANG", "MAX_CONNECTIONS", "BUCKET_NAME"]
SECRET_NAMES = ["DATABASE_PASSWORD", "API_KEY", "JWT_SECRET", "STRIPE_KEY", "SMTP_PASSWORD"]
ACCOUNT = "111122223333"


def env_value(rng, name):
    if name.endswith("PORT"):
        return str(rng.choice([80, 443, 5432, 6379, 8080, 9000]))
    if name.endswith("URL") or name.endswith("ENDPOINT"):
        return f"https://{rng.choice(APPS)}.internal.example.com:{rng.randint(1024, 9999)}/v1"
    if name == "JAVA_OPTS":
        return "-Xms256m -Xmx768m -XX:+UseG1GC -Dfile.encoding=UTF-8"
    return rng.choice(["info", "debug", "true", "false", "production", "eu", "UTC", "en_US.UTF-8",
                       "a,b,c", str(rng.randint(1, 500))])


def container(rng, app, index, fargate, region, mistake):
    name = app if index == 0 else f"{app}-{rng.choice(['sidecar', 'proxy', 'agent', 'init'])}{index}"
    port = rng.choice([80, 8080, 3000, 9000]) + index
    c = {
        "name": name,
        "image": f"{ACCOUNT}.dkr.ecr.{region}.amazonaws.com/{app}:{rng.randint(1, 9)}."
                 f"{rng.randint(0, 30)}.{rng.randint(0, 99)}" if index == 0 else rng.choice(IMAGES),
        "essential": index == 0 or rng.random() < 0.3,
        "portMappings": [{"name": f"{name}-http", "containerPort": port, "protocol": "tcp",
                          "appProtocol": "http"}],
        "environment": [{"name": n, "value": env_value(rng, n)}
                        for n in rng.sample(ENV_NAMES, rng.randint(3, 12))],
        "logConfiguration": {"logDriver": "awslogs", "options": {
            "awslogs-group": f"/ecs/{app}", "awslogs-region": region,
            "awslogs-stream-prefix": name}},
    }
    if not fargate:
        c["memory"] = rng.choice([256, 512, 768, 1024])
        c["cpu"] = rng.choice([128, 256, 512])
        c["portMappings"][0]["hostPort"] = 0
    if rng.random() < 0.7:
        c["secrets"] = [{"name": n, "valueFrom": f"arn:aws:secretsmanager:{region}:{ACCOUNT}:"
                         f"secret:{app}/{n.lower()}-{rng.randint(100000, 999999)}"}
                        for n in rng.sample(SECRET_NAMES, rng.randint(1, 4))]
    if index == 0 or rng.random() < 0.5:
        c["healthCheck"] = {"command": ["CMD-SHELL", f"curl -f http://localhost:{port}/health || exit 1"],
                            "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 60}
    if rng.random() < 0.5:
        c["user"] = "1000"
        c["readonlyRootFilesystem"] = True
    if rng.random() < 0.3:
        c["ulimits"] = [{"name": "nofile", "softLimit": 65536, "hardLimit": 65536}]
    if rng.random() < 0.3:
        c["command"] = ["sh", "-c", f"exec /app/{app} --port {port}"]
    if mistake == "healthcheck" and "healthCheck" in c:
        c["healthCheck"]["timeout"] = 60  # longer than the interval
    if mistake == "env-duplicate":
        c["environment"].append(dict(c["environment"][0]))
    if mistake == "typo":
        c["memoryReservaton"] = 256
    if mistake == "host-port" and fargate:
        c["portMappings"][0]["hostPort"] = port + 1
    return c


def task_definition(rng, i, containers=None):
    app = rng.choice(APPS)
    region = rng.choice(REGIONS)
    fargate = rng.random() < 0.6
    mistake = rng.choice(["cpu-memory", "healthcheck", "env-duplicate", "typo", "host-port",
                          "no-essential"]) if rng.random() < 0.125 else None
    n = containers if containers is not None else rng.choice([1, 1, 2, 2, 3, 4])
    td = {"family": f"{app}-{i}"}
    if fargate:
        cpu = rng.choice(list(FARGATE_SIZES))
        memory = rng.choice(FARGATE_SIZES[cpu])
        if mistake == "cpu-memory":
            memory = cpu  # never a valid Fargate pair
        td.update({"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                   "cpu": str(cpu), "memory": str(memory),
                   "runtimePlatform": {"operatingSystemFamily": "LINUX",
                                       "cpuArchitecture": rng.choice(["X86_64", "ARM64"])}})
    else:
        td.update({"requiresCompatibilities": ["EC2"], "networkMode": "bridge"})
    td["executionRoleArn"] = f"arn:aws:iam::{ACCOUNT}:role/ecsTaskExecutionRole"
    td["taskRoleArn"] = f"arn:aws:iam::{ACCOUNT}:role/{app}-task"
    td["containerDefinitions"] = [container(rng, app, k, fargate, region, mistake)
                                  for k in range(n)]
    if mistake == "no-essential":
        for c in td["containerDefinitions"]:
            c["essential"] = False
    td["tags"] = [{"key": "team", "value": rng.choice(["platform", "payments", "growth"])},
                  {"key": "env", "value": rng.choice(["prod", "staging"])}]
    # Keep files in the 1.5-6 KB band real task definitions have.
    while len(json.dumps(td, indent=2)) < 1500:
        c = td["containerDefinitions"][0]
        c["environment"].append({"name": f"EXTRA_{len(c['environment'])}", "value": "1"})
    while len(json.dumps(td, indent=2)) > 6000 and len(td["containerDefinitions"]) > 1:
        td["containerDefinitions"].pop()
    return td


def service(rng, i):
    app = rng.choice(APPS)
    fargate = rng.random() < 0.7
    s = {"cluster": rng.choice(["production", "staging"]), "serviceName": f"{app}-{i}",
         "taskDefinition": f"{app}-{i}:{rng.randint(1, 40)}", "desiredCount": rng.randint(1, 6),
         "deploymentConfiguration": {"maximumPercent": 200, "minimumHealthyPercent": 100,
                                     "deploymentCircuitBreaker": {"enable": True,
                                                                  "rollback": True}},
         "loadBalancers": [{"targetGroupArn": f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:"
                            f"targetgroup/{app}-{i}/{rng.getrandbits(64):016x}",
                            "containerName": app, "containerPort": 8080}],
         "healthCheckGracePeriodSeconds": 60, "schedulingStrategy": "REPLICA",
         "enableExecuteCommand": False, "propagateTags": "SERVICE"}
    if fargate:
        s["launchType"] = "FARGATE"
        s["platformVersion"] = "LATEST"
        s["networkConfiguration"] = {"awsvpcConfiguration": {
            "subnets": [f"subnet-{rng.getrandbits(68):017x}" for _ in range(2)],
            "securityGroups": [f"sg-{rng.getrandbits(68):017x}"], "assignPublicIp": "DISABLED"}}
    else:
        s["launchType"] = "EC2"
        s["placementStrategy"] = [{"type": "spread", "field": "attribute:ecs.availability-zone"}]
    return s


def appspec(rng, i):
    app = rng.choice(APPS)
    return {"version": 0.0, "Resources": [{"TargetService": {
        "Type": "AWS::ECS::Service", "Properties": {
            "TaskDefinition": f"arn:aws:ecs:us-east-1:{ACCOUNT}:task-definition/{app}-{i}:"
                              f"{rng.randint(1, 40)}",
            "LoadBalancerInfo": {"ContainerName": app, "ContainerPort": 8080},
            "PlatformVersion": "LATEST"}}}],
        "Hooks": [{"BeforeInstall": f"LambdaFunctionToValidateBeforeInstall-{app}"},
                  {"AfterAllowTestTraffic": f"LambdaFunctionToValidateAfterTestTraffic-{app}"}]}


# ---- YAML writer: block style, plain scalars where YAML 1.2 reads them back as the same string.

PLAIN = re.compile(r"^[A-Za-z_/][A-Za-z0-9_./:@-]*$")
NOT_PLAIN = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}


def yaml_scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    if PLAIN.match(v) and v.lower() not in NOT_PLAIN and not v.endswith(":"):
        return v
    return json.dumps(v)  # a JSON string is a valid double-quoted YAML scalar


def yaml_lines(v, indent, out):
    pad = "  " * indent
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                out.append(f"{pad}{yaml_scalar(k)}:")
                yaml_lines(x, indent + (1 if isinstance(x, dict) else 0), out)
            else:
                out.append(f"{pad}{yaml_scalar(k)}: {yaml_inline(x)}")
    else:
        for x in v:
            if isinstance(x, dict) and x:
                first = []
                yaml_lines(x, indent + 1, first)
                out.append(f"{pad}- {first[0].lstrip()}")
                out.extend(first[1:])
            elif isinstance(x, list) and x:
                out.append(f"{pad}- {yaml_inline(x)}")
            else:
                out.append(f"{pad}- {yaml_inline(x)}")


def yaml_inline(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f"{yaml_scalar(k)}: {yaml_inline(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(yaml_inline(x) for x in v) + "]"
    return yaml_scalar(v)


def to_yaml(doc):
    out = []
    yaml_lines(doc, 0, out)
    return "\n".join(out) + "\n"


def write_twins(out, name, doc):
    """Writes json-<set>/name.json and the yaml twin."""
    json_dir, yaml_dir = out
    with open(os.path.join(json_dir, name + ".json"), "w") as f:
        f.write(json.dumps(doc, indent=2) + "\n")
    with open(os.path.join(yaml_dir, name + ".yaml"), "w") as f:
        f.write(to_yaml(doc))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default="/tmp/ecslint-bench")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--sizes", default="1,100,1000,10000")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if out == repo or out.startswith(repo + os.sep):
        ap.error("write benchmark data outside the repository")

    for n in [int(s) for s in args.sizes.split(",")]:
        dirs = (os.path.join(out, f"json-{n}"), os.path.join(out, f"yaml-{n}"))
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)
            os.makedirs(d)
        rng = random.Random(f"{args.seed}-{n}")  # each set stands alone
        for i in range(n):
            write_twins(dirs, f"taskdef-{i:05d}", task_definition(rng, i))

    dirs = (os.path.join(out, "mixed-json"), os.path.join(out, "mixed-yaml"))
    for d in dirs:
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    rng = random.Random(f"{args.seed}-mixed")
    for i in range(1000):
        kind = i % 3
        doc = (task_definition(rng, i) if kind == 0 else service(rng, i) if kind == 1
               else appspec(rng, i))
        write_twins(dirs, f"{['taskdef', 'service', 'appspec'][kind]}-{i:05d}", doc)

    big = os.path.join(out, "big")
    shutil.rmtree(big, ignore_errors=True)
    os.makedirs(big)
    rng = random.Random(f"{args.seed}-big")
    td = task_definition(rng, 0, containers=1)
    td["containerDefinitions"] = [container(rng, "web", k, False, "us-east-1", None)
                                  for k in range(2800)]
    for k, c in enumerate(td["containerDefinitions"]):
        c["name"] = f"web-{k}"  # unique, as a real file would have them
    write_twins((big, big), "big-5mb", td)
    td = task_definition(rng, 1, containers=1)
    td["containerDefinitions"][0]["environment"] = [
        {"name": f"VAR_{k:06d}", "value": env_value(rng, rng.choice(ENV_NAMES))}
        for k in range(80000)]
    write_twins((big, big), "env-10000", td)
    print(out)


if __name__ == "__main__":
    main()
