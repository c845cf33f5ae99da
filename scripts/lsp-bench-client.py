#!/usr/bin/env python3
"""The client of scripts/bench-lsp: drives `onestop lsp` over pipes on a catalog root and prints
the point-8 figures of issue 18 beside `onestop check` on the same root.

usage: lsp-bench-client.py ONESTOP ROOT [EDITS]
"""
import json, os, resource, statistics, subprocess, sys, time

onestop, root = sys.argv[1], os.path.abspath(sys.argv[2])
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 200

def check_run():
    start = time.perf_counter()
    subprocess.run([onestop, "check", root, "--lang", "en"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start

check_times = [check_run() for _ in range(3)]
check_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

server = subprocess.Popen([onestop, "lsp", "--lang", "en"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL)
next_id = [0]

def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(server.stdout.read(length))

def request(method, params):
    next_id[0] += 1
    send({"jsonrpc": "2.0", "id": next_id[0], "method": method, "params": params})
    while True:
        message = receive()
        if message.get("id") == next_id[0]:
            return message

def notify(method, params):
    send({"jsonrpc": "2.0", "method": method, "params": params})

start = time.perf_counter()
request("initialize", {"rootUri": "file://" + root, "capabilities": {}})
notify("initialized", {})
# The first diagnostics: the first publication, and all of them (the answer to a request sent
# right after `initialized` comes after every first publication).
next_id[0] += 1
send({"jsonrpc": "2.0", "id": next_id[0], "method": "onestop/sync"})
first = None
count = 0
while True:
    message = receive()
    if message.get("method") == "textDocument/publishDiagnostics":
        count += 1
        if first is None:
            first = time.perf_counter() - start
    elif message.get("id") == next_id[0]:
        break
all_published = time.perf_counter() - start

procedures = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(root, "catalog")) for f in fs)
path = procedures[len(procedures) // 2]
uri = "file://" + path
text = open(path, encoding="utf-8").read()
notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}})
request("onestop/sync", {})
lines = text.split("\n")
name_line = next(i for i, l in enumerate(lines) if l.startswith("name:"))
paper_line = next(i for i, l in enumerate(lines) if "paper: " in l)
paper_column = lines[paper_line].index("paper: ") + 9

change_times = []
for version in range(2, edits + 2):
    # A one-line change: the name's text, alternately edited and restored.
    new = lines[name_line] + (" " if version % 2 == 0 else "")
    t0 = time.perf_counter()
    notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": {"line": name_line, "character": 0},
                                      "end": {"line": name_line, "character": len(lines[name_line]) + (version % 2)}},
                            "text": new}]})
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
            break
    change_times.append(time.perf_counter() - t0)
    lines[name_line] = new

def timed(method, params, runs=200):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        request(method, params)
        times.append(time.perf_counter() - t0)
    return times

completion = timed("textDocument/completion", {"textDocument": {"uri": uri},
                                               "position": {"line": paper_line, "character": paper_column}})
hover = timed("textDocument/hover", {"textDocument": {"uri": uri},
                                     "position": {"line": paper_line, "character": paper_column}})
with open("/proc/%d/status" % server.pid) as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM")) / 1024
request("shutdown", {})
notify("exit", {})
code = server.wait()

def ms(x): return "%.1f ms" % (x * 1000)
def p99(xs): return sorted(xs)[int(len(xs) * 0.99) - 1]
check = statistics.median(check_times)
print("| figure | onestop lsp | onestop check | ratio | target |")
print("| --- | --- | --- | --- | --- |")
print("| first diagnostics after initialize (first publication) | %s | %s | %.2fx | |" % (ms(first), ms(check), first / check))
print("| all first diagnostics (%d files) | %s | %s | %.2fx | ≤ 1.5x |" % (count, ms(all_published), ms(check), all_published / check))
print("| one-line change: its diagnostics, median (%d edits) | %s | | | ≤ 30 ms |" % (edits, ms(statistics.median(change_times))))
print("| one-line change: 99th percentile | %s | | | ≤ 100 ms |" % ms(p99(change_times)))
print("| completion, median (200) | %s | | | ≤ 20 ms |" % ms(statistics.median(completion)))
print("| hover, median (200) | %s | | | ≤ 20 ms |" % ms(statistics.median(hover)))
print("| peak memory | %.0f MiB | %.0f MiB | %.2fx | ≤ 1.5x |" % (peak, check_peak, peak / check_peak))
print()
print("exit code after shutdown and exit: %d; check: median of %d runs" % (code, len(check_times)))
