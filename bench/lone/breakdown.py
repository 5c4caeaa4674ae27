"""Splits each lone request of a loopback capture into its stages (bench/lone/run.sh): flow lines 'time src>dst bytes'."""
import json
import statistics
import sys

flow, gateway, service = sys.argv[1], sys.argv[2], sys.argv[3]
packets = []
for line in open(flow):
    t, route, size = line.split()
    src, dst = route.split(">")
    packets.append((float(t), src, dst, int(size)))

# A request: from the client's packet to the gateway to the gateway's answer on that connection.
requests, current, client = [], None, None
for t, src, dst, size in packets:
    if dst == gateway and size > 200:
        current, client = {"in": t, "packets": []}, src
        requests.append(current)
    elif current is not None:
        current["packets"].append((t, src, dst, size))
        if src == gateway and dst == client:
            current["out"], current = t, None

STAGES = ["gateway in → service in", "service in → sequence asked", "sequence round trip", "sequence → statements sent",
          "statements round trip", "statements → COMMIT sent", "COMMIT round trip (WAL flush)", "COMMIT → service answers",
          "service answer → gateway answer", "whole request at the gateway"]
stages = {s: [] for s in STAGES}
for r in requests:
    if "out" not in r:
        continue
    p = r["packets"]
    try:
        service_in = next(t for t, s, d, n in p if d == service)
        service_out = next(t for t, s, d, n in p if s == service)
        # The transaction's statements are the one large packet to PostgreSQL (the record, sealed, is over 2 kB).
        batch = next(i for i, (t, s, d, n) in enumerate(p) if d == "5432" and n > 2000)
        port = p[batch][1]
        # Marten's rich append asks for the sequence first ('select nextval(...)', 135 bytes with the pool's reset before it).
        ask = max(i for i, (t, s, d, n) in enumerate(p[:batch]) if d == "5432" and n == 135)
        replies = [t for t, s, d, n in p[ask + 1:] if s == "5432" and d == p[ask][1]]
        answered = replies[1] if len(replies) > 1 else replies[0]
        later = [x for x in p[batch + 1:] if port in (x[1], x[2])]
        commit = next(t for t, s, d, n in later if s == port and n == 12)  # 'COMMIT' alone
        statements_done = max(t for t, s, d, n in later if d == port and t < commit)
        committed = next(t for t, s, d, n in later if d == port and t > commit)
    except (StopIteration, ValueError, IndexError):
        continue
    values = [service_in - r["in"], p[ask][0] - service_in, answered - p[ask][0], p[batch][0] - answered,
              statements_done - p[batch][0], commit - statements_done, committed - commit, service_out - committed,
              r["out"] - service_out, r["out"] - r["in"]]
    for stage, v in zip(STAGES, values):
        stages[stage].append(v * 1000)

n = len(stages[STAGES[-1]])
print(f"{n} of {len(requests)} requests split into stages (ms)")
print("| stage | p50 | p10 |")
print("| --- | ---: | ---: |")
result = {"requests": n}
for stage, values in stages.items():
    if values:
        p50, p10 = statistics.median(values), sorted(values)[len(values) // 10]
        print(f"| {stage} | {p50:.2f} | {p10:.2f} |")
        result[stage] = round(p50, 2)
print(json.dumps(result, ensure_ascii=False))
