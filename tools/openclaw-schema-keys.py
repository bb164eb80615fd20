#!/usr/bin/env python3
"""Compact OpenClaw's config JSON Schema into the key tree Chitin uses to report unknown keys.

Usage: openclaw config schema --json > schema.json; tools/openclaw-schema-keys.py schema.json VERSION > rules/openclaw-config-keys.json
Output node: {"p": {key: node}, "a": node-or-true (any extra key allowed), "i": node (array items)}.
A node of 0 means "anything" (leaf or free-form).
"""
import json, sys

schema = json.load(open(sys.argv[1]))
version = sys.argv[2] if len(sys.argv) > 2 else "unknown"
defs = schema.get("definitions", {}) | schema.get("$defs", {})

def resolve(s, seen=()):
    if isinstance(s, dict) and "$ref" in s:
        ref = s["$ref"]
        if ref in seen:
            return {}
        name = ref.split("/")[-1]
        return resolve(defs.get(name, {}), seen + (ref,))
    return s

def branches(s):
    s = resolve(s)
    if not isinstance(s, dict):
        return [{}]
    out = [s]
    for k in ("anyOf", "oneOf", "allOf"):
        for b in s.get(k, []):
            out.extend(branches(b))
    return out

def compact(s, depth=0):
    if depth > 40:
        return 0
    props, extra, items, objecty = {}, None, [], False
    for b in branches(s):
        t = b.get("type")
        ts = t if isinstance(t, list) else [t]
        if "properties" in b or "object" in ts or "additionalProperties" in b or "patternProperties" in b:
            objecty = True
        for k, v in b.get("properties", {}).items():
            props.setdefault(k, []).append(v)
        ap = b.get("additionalProperties", None)
        if b.get("patternProperties"):
            ap = {"anyOf": list(b["patternProperties"].values())}
        if ap is True or (ap is None and ("object" in ts) and not b.get("properties")):
            extra = True
        elif isinstance(ap, dict):
            extra = ap if extra is None else (extra if extra is True else {"anyOf": [extra, ap]})
        if "items" in b and isinstance(b["items"], dict):
            items.append(b["items"])
    node = {}
    if props:
        node["p"] = {k: compact({"anyOf": v} if len(v) > 1 else v[0], depth + 1) for k, v in sorted(props.items())}
    if extra is True:
        node["a"] = True
    elif isinstance(extra, dict):
        node["a"] = compact(extra, depth + 1)
    if items:
        node["i"] = compact({"anyOf": items} if len(items) > 1 else items[0], depth + 1)
    if not node:
        return 0
    if not objecty and "i" in node and len(node) == 1:
        return node
    return node

out = {"openclawVersion": version, "root": compact(schema)}
json.dump(out, sys.stdout, separators=(",", ":"))
