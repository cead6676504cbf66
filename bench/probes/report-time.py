#!/usr/bin/env python3
"""Time `alliance report --input` on the demo's long export and on a study of about 1,000 dyads.

    bench/probes/report-time.py ALLIANCE_DLL [BASELINE_DLL] [--runs N] [--copies K]

The larger study is data/long.csv copied K times (default 42: 1,008 dyads, 94,752 rows) with therapist, client,
dyad and response ids made distinct per copy, so every dyad and rupture is a real one of its own. Each report is run
N times (default 3) into a fresh directory; prints the median wall time, the peak RSS (VmHWM of the child) and the
number of figures, and with BASELINE_DLL (e.g. an older build) the same for it and the ratio. A run that exits
non-zero is reported with its last line of stderr. Python 3 standard library only; run from the repository root."""
import csv, os, shutil, statistics, subprocess, sys, tempfile, time

args = sys.argv[1:]
def option(name, default):
    if name in args:
        i = args.index(name); value = int(args[i + 1]); del args[i:i + 2]; return value
    return default
runs, copies = option("--runs", 3), option("--copies", 42)
if len(args) not in (1, 2):
    sys.exit(__doc__)
work = tempfile.mkdtemp(prefix="alliance-report-time-")
demo = os.path.join("data", "long.csv")
large = os.path.join(work, "large.csv")
with open(demo, newline="") as f:
    rows = list(csv.DictReader(f))
with open(large, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
    w.writeheader()
    for k in range(copies):
        for r in rows:
            c = dict(r)
            c["therapist"], c["client"] = f"{r['therapist']}x{k:02d}", f"{r['client']}x{k:02d}"
            c["dyad"] = f"{c['therapist']}-{c['client']}"
            c["response_id"] = r["response_id"][:24] + f"{k:012x}"
            w.writerow(c)

counter = 0
def measure(dll, data):
    global counter
    times, peak, figures, failure = [], 0, 0, None
    for _ in range(runs):
        counter += 1
        out = os.path.join(work, f"out-{counter}")
        start = time.monotonic()
        p = subprocess.Popen(["dotnet", dll, "report", "--input", data, "--output", out], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
        err = p.stderr.read()
        _, status, usage = os.wait4(p.pid, 0)
        times.append(time.monotonic() - start)
        peak = max(peak, usage.ru_maxrss)
        if os.waitstatus_to_exitcode(status) != 0:
            failure = (err.strip().splitlines() or ["?"])[-1]
            break
        figures = len([n for n in os.listdir(out) if n.endswith(".svg")])
    return statistics.median(times), peak / 1024, figures, failure

dlls = args
print(f"{'build':<10} {'data':<22} {'median s':>9} {'peak MB':>8} {'figures':>8}  outcome   (peak: the report process's max RSS)")
results = {}
for label, dll in zip(["this", "baseline"], dlls):
    for name, data in [("demo (24 dyads)", demo), (f"{24 * copies:,} dyads", large)]:
        t, mb, n, failure = measure(dll, data)
        results[(label, name)] = (t, failure)
        print(f"{label:<10} {name:<22} {t:9.2f} {mb:8.0f} {n:8d}  {failure or 'ok'}")
if len(dlls) == 2:
    for name in [k[1] for k in results if k[0] == "this"]:
        (t, f1), (b, f2) = results[("this", name)], results[("baseline", name)]
        ratio = "n/a (a build failed)" if f1 or f2 else f"{t / b:.2f}"
        print(f"ratio this/baseline, {name}: {ratio}")
shutil.rmtree(work)
