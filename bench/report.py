#!/usr/bin/env python3
"""Prints the benchmark table and writes bench/RESULTS.md from the run's TSV (called by bench.sh)."""
import csv
import os
import platform
import subprocess
from datetime import datetime

env = os.environ
rows = list(csv.DictReader(open(env["RESULTS_TSV"]), delimiter="\t"))
peaks = {}
if os.path.exists(env["PEAK_TSV"]):
    for line in open(env["PEAK_TSV"]):
        size, mib = line.split()
        peaks[size] = int(mib or 0)
sizes = env["BENCH_SIZES_USED"].split()
first, last = sizes[0], sizes[-1]

# bench.sh's SCENARIO_TABLE: name lua path user list per conns targets label...
SCENARIOS = []
for line in open(env["SCENARIOS_TXT"]):
    parts = line.split(None, 8)
    if len(parts) == 9:
        SCENARIOS.append({"name": parts[0], "per": parts[5], "conns": parts[6], "targets": parts[7],
                          "label": parts[8].strip()})
LABELS = {sc["name"]: sc["label"] for sc in SCENARIOS}
MULTI = {sc["name"] for sc in SCENARIOS if sc["per"] != "1"}
CONNS = {sc["name"]: (env["CONNECTIONS"] if sc["conns"] == "-" else sc["conns"]) for sc in SCENARIOS}


def get(size, name):
    for r in rows:
        if r["size"] == size and r["scenario"] == name:
            return r
    return None


def num(r, key):
    try:
        return float(r[key])
    except (TypeError, ValueError, KeyError):
        return None


header = ["participants", "scenario", "conns", "req/s", "pages/s", "p50 ms", "p99 ms", "errors", "RSS MiB"]
table = []
for r in rows:
    table.append([f"{int(r['size']):,}", LABELS.get(r["scenario"], r["scenario"]), CONNS.get(r["scenario"], "1"), r["rps"],
                  r["unit_rate"] if r["scenario"] in MULTI else "",
                  r["p50_ms"], r["p99_ms"], r["errors"], r["rss_mib"]])


# CPU per request in the measured part (bench.sh cpu_per_request): the backend, MariaDB, and the rest
# (wrk, kernel network work not charged to a process, anything else), with the machine's idle share.
cpu_header = ["participants", "scenario", "req/s", "backend µs", "MariaDB µs", "rest µs", "total µs", "idle %"]
cpu_table = []
for r in rows:
    parts = [num(r, k) for k in ("backend_us", "mariadb_us", "rest_us")]
    if None in parts:
        continue
    cpu_table.append([f"{int(r['size']):,}", LABELS.get(r["scenario"], r["scenario"]), r["rps"],
                      *(f"{x:.0f}" for x in parts), f"{sum(parts):.0f}", r.get("idle_pct", "-")])


def ratio_target(label, num_name, den_name, minimum, size=last):
    a, b = get(size, num_name), get(size, den_name)
    if not a or not b or not num(a, "rps") or not num(b, "rps"):
        return [label, f">= {minimum:.0%}", "not measured", "-"]
    ratio = num(a, "rps") / num(b, "rps")
    return [label, f">= {minimum:.0%}", f"{ratio:.1%} ({num(a, 'rps'):.0f} / {num(b, 'rps'):.0f} req/s)",
            "met" if ratio >= minimum else "MISSED"]


def latency_target(label, num_name, den_name, maximum, size=last):
    a, b = get(size, num_name), get(size, den_name)
    if not a or not b or not num(a, "p50_ms") or not num(b, "p50_ms"):
        return [label, f"<= {maximum:.0%}", "not measured", "-"]
    ratio = num(a, "p50_ms") / num(b, "p50_ms")
    return [label, f"p50 <= {maximum:.0%}", f"{ratio:.1%} ({num(a, 'p50_ms')} / {num(b, 'p50_ms')} ms)",
            "met" if ratio <= maximum else "MISSED"]


def flat_target(label, name, maximum):
    if first == last:
        return [label, f"<= {maximum}x", "needs two sizes (BENCH_SIZES)", "-"]
    a, b = get(last, name), get(first, name)
    if not a or not b or not num(a, "p50_ms") or not num(b, "p50_ms"):
        return [label, f"<= {maximum}x", "not measured", "-"]
    f50 = num(a, "p50_ms") / num(b, "p50_ms")
    f99 = num(a, "p99_ms") / num(b, "p99_ms") if num(b, "p99_ms") else float("nan")
    return [label, f"<= {maximum}x", f"p50 {f50:.2f}x ({num(b, 'p50_ms')} -> {num(a, 'p50_ms')} ms), p99 {f99:.2f}x",
            "met" if f50 <= maximum else "MISSED"]


def short(name):
    return LABELS.get(name, name).split(" (")[0].replace("ref: ", "")


targets = []
flat_targets = []
for sc in SCENARIOS:
    for spec in sc["targets"].split(","):
        if spec == "-":
            continue
        kind, _, rest = spec.partition("<=") if "<=" in spec else spec.partition(">=")
        if kind == "flat":
            flat_targets.append(flat_target(f"{short(sc['name'])} latency {int(last):,} vs {int(first):,}", sc["name"], float(rest)))
            continue
        factor, _, ref = rest.partition("*")
        label = f"{short(sc['name'])} vs {short(ref)}, {int(last):,}"
        if kind == "rps":
            targets.append(ratio_target(label, sc["name"], ref, float(factor)))
        elif kind == "p50":
            targets.append(latency_target(label, sc["name"], ref, float(factor)))
        else:
            targets.append([label, spec, "unknown target kind", "-"])
targets += flat_targets

errors = sum(int(r["errors"]) for r in rows if r["errors"].lstrip("-").isdigit() and int(r["errors"]) > 0)
failed_runs = [r["scenario"] for r in rows if r["errors"] == "-1"]
peak = max(peaks.values()) if peaks else 0
targets += [
    ["zero errors", "0", f"{errors}" + (f" (no result: {', '.join(failed_runs)})" if failed_runs else ""),
     "met" if errors == 0 and not failed_runs else "MISSED"],
    ["backend RSS (peak, VmHWM)", "< 512 MiB", ", ".join(f"{int(s):,}: {m} MiB" for s, m in peaks.items()),
     "met" if peaks and peak < 512 else "MISSED"],
]


def text_table(head, body):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    line = lambda r: "  ".join(str(x).ljust(w) for x, w in zip(r, widths))
    return "\n".join([line(head), line(["-" * w for w in widths])] + [line(r) for r in body])


def md_table(head, body):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in body]
    return "\n".join(out)


print()
print(text_table(header, table))
print()
print(text_table(["target", "goal", "measured", ""], targets))
print()
if cpu_table:
    print(text_table(cpu_header, cpu_table))
    print()

cpu = "unknown CPU"
try:
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
except OSError:
    pass
mem_gib = "?"
try:
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem_gib = f"{int(line.split()[1]) / 1024 / 1024:.1f}"
except OSError:
    pass
os_name = platform.platform()
try:
    os_name = [l.split("=", 1)[1].strip().strip('"') for l in open("/etc/os-release") if l.startswith("PRETTY_NAME=")][0]
except (OSError, IndexError):
    pass
gen = "\n".join(f"- {l}" for l in env.get("BENCH_GEN_INFO", "").splitlines() if l.strip())
skipped = env.get("BENCH_SKIPPED", "").strip()

md = f"""# Benchmark results

Written by `bench/bench.sh` (`make bench`) on {datetime.now().strftime('%Y-%m-%d %H:%M')}; the run took
{env['BENCH_ELAPSED']} s. Re-run with `{env['BENCH_COMMAND']}`; see the README's "Benchmark" section for the options.

**Read the figures as ratios within this run.** Everything — MariaDB, Keycloak, the backend and
wrk — shares the same {os.cpu_count()} cores; "Where the CPU went" below shows how each scenario's
time divided between them and how much of the machine stayed idle. The load average (at the start
{env['LOAD_START']}, at the end {env['LOAD_END']}) counts the run's own runnable threads too (with 32
connections, up to about 30 on an otherwise idle machine), so a high figure is no sign of other work.

## Machine and versions

| | |
|---|---|
| CPU | {cpu}, {os.cpu_count()} cores |
| memory | {mem_gib} GiB |
| OS | {os_name} |
| Java | {env['JAVA_VERSION']} (`{env['JAVA_OPTS']}`) |
| Quarkus | {env['QUARKUS_VERSION']} (production build with the reference endpoints, `bench/.build`) |
| MariaDB | {env['MARIADB_VERSION']} on 127.0.0.1:{env['MARIADB_PORT']}, innodb_buffer_pool_size {env['BUFFER_POOL']} |
| Keycloak | {env['KEYCLOAK_VERSION']} (in-memory realm on 127.0.0.1:{env['KEYCLOAK_PORT']}) |
| load | {env['WRK_VERSION']}, {env['THREADS']} threads, {env['CONNECTIONS']} connections (unless the table's `conns` says otherwise), {env['WARMUP']} warm-up ({env['WRITE_WARMUP']} before the writes) + {env['DURATION']} measured per scenario, {env['JVM_WARMUP']} JVM warm-up per backend start |
| data | seed {env['SEED']} |

{gen}

## Results

{md_table(header, table)}

`req/s` counts HTTP requests; the participant page is five of them (getParticipant,
listParticipantEnrollments, listInterventions, listAssessments, getActionPlan), so `pages/s` is a
fifth. RSS is the backend's resident set after the scenario. The reports run over one connection,
one request at a time, because their target compares medians with the naive SQL, which is timed
the same way.{(" Skipped (time limit): " + skipped + ".") if skipped else ""}

## Targets

{md_table(["target", "goal", "measured", ""], targets)}

The participant-page ratio compares the page's calls one by one with the primary-key read (each
call is a request of its own, as the SPA makes them).

## Where the CPU went

CPU time per request during each measured part, from the clock ticks of the backend and MariaDB
processes (`/proc/PID/stat`) and of the whole machine (`/proc/stat`). "rest" is what was busy but
neither: wrk, the kernel's network work not charged to a process, and anything else running. With
the cores saturated (idle near 0 %), a scenario's throughput is about the cores' time divided by its
total, so a ratio target between two scenarios is the inverse ratio of their totals.

{md_table(cpu_header, cpu_table) if cpu_table else "(not measured)"}
"""
with open(env["RESULTS_MD"], "w") as f:
    f.write(md)
