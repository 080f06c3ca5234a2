#!/usr/bin/env python3
"""Fetches every path of a file once over N keep-alive connections (threads) and prints one line:
rps, p50 and p99 latency (ms), non-2xx count and requests. Unlike wrk, which runs for a time, this asks each page
exactly once: "the first read of 2,000 different verdicts".

    fetch.py PORT PATHS_FILE CONNECTIONS
"""
import http.client
import sys
import threading
import time


def main():
    port, paths_file, connections = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    with open(paths_file) as f:
        paths = [line.strip() for line in f if line.strip()]
    latencies, bad, lock = [], [0], threading.Lock()

    def worker(share):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for path in share:
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not 200 <= response.status < 300:
                    bad[0] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(paths[i::connections],)) for i in range(connections)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - began
    latencies.sort()

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies) + 0.999999) - 1)]

    print("rps=%.1f p50=%.3f p99=%.3f non2xx=%d requests=%d" % (len(latencies) / took, pct(50), pct(99), bad[0],
                                                                  len(latencies)))


if __name__ == "__main__":
    main()
