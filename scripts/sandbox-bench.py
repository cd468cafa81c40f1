#!/usr/bin/env python3
"""Drives a running `minted sandbox` with a bounded number of Digest-authenticated GETs and prints req/s.

Usage: sandbox-bench.py BASE_URL [REQUESTS] [CLIENTS]   (loopback only; every request is bounded by a timeout)
"""
import sys
import threading
import time
from urllib.parse import urlparse

import requests
from requests.auth import HTTPDigestAuth

base = sys.argv[1].rstrip("/")
total = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
clients = int(sys.argv[3]) if len(sys.argv) > 3 else 4
if urlparse(base).hostname not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("refusing to benchmark a non-loopback host")
customer = "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
paths = [
    "/partner/walletable/currency-rates",
    "/partner/walletable/products?page=1&total=15",
    f"/partner/walletable/balance?metal_type=gold,silver&external_customer_id={customer}",
]
per_client = total // clients
failures = []


def run(index):
    session = requests.Session()
    session.auth = HTTPDigestAuth("sandbox", "sandbox")
    for n in range(per_client):
        response = session.get(base + paths[(index + n) % len(paths)], timeout=10)
        if response.status_code != 200:
            failures.append(response.status_code)


threads = [threading.Thread(target=run, args=(i,)) for i in range(clients)]
started = time.monotonic()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - started
done = per_client * clients
print(f"{done} requests ({clients} clients, Digest auth) in {elapsed:.2f} s: {done / elapsed:.0f} req/s; non-200: {len(failures)}")
sys.exit(1 if failures else 0)
