#!/usr/bin/env python3
"""Drives a running `minted sandbox` over loopback with Digest auth and prints its throughput.

Usage: sandbox-bench.py BASE_URL [REQUESTS] [CLIENTS] [MODE]
  MODE reads (default): REQUESTS Digest GETs (rates, products, balance), printed as req/s.
  MODE buys: each client creates a customer of its own, then adds an item and completes the basket until REQUESTS
  buys are done between them, printed as buys/s (the issue's measure: clients completing buys over HTTP).
Loopback only; every request is bounded by a timeout.
"""
import sys
import threading
import time
import uuid
from urllib.parse import urlparse

import requests
from requests.auth import HTTPDigestAuth

base = sys.argv[1].rstrip("/")
total = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
clients = int(sys.argv[3]) if len(sys.argv) > 3 else 4
mode = sys.argv[4] if len(sys.argv) > 4 else "reads"
if urlparse(base).hostname not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("refusing to benchmark a non-loopback host")
if mode not in ("reads", "buys"):
    sys.exit(f"unknown mode {mode!r}: reads or buys")
customer = "ea0982a7-4fd3-43ff-a682-cae5870d1eac"
paths = [
    "/partner/walletable/currency-rates",
    "/partner/walletable/products?page=1&total=15",
    f"/partner/walletable/balance?metal_type=gold,silver&external_customer_id={customer}",
]
per_client = total // clients
failures = []


def session():
    s = requests.Session()
    s.auth = HTTPDigestAuth("sandbox", "sandbox")
    s.headers["x-client-id"] = "web"  # the vendor's seed sends it; Create Customer requires it
    return s


def reads(index, s):
    for n in range(per_client):
        response = s.get(base + paths[(index + n) % len(paths)], timeout=10)
        if response.status_code != 200:
            failures.append(f"GET {response.status_code}")


def expect(response, what):
    if response.status_code not in (200, 201):
        failures.append(f"{what} {response.status_code}: {response.text[:200]}")
        return None
    return response.json()


def buys(index, s):
    external = "bench-" + uuid.uuid4().hex[:20]
    profile = {"external_id": external, "firstname": "Bench", "lastname": f"Client{index:03d}",
               "phone": "+971500000000", "identity_number": "784-1990-1234567-1"}
    if expect(s.post(base + "/partner/customer", json=profile, timeout=10), "create customer") is None:
        return
    for _ in range(per_client):
        added = expect(s.post(base + "/partner/walletable/basket", timeout=10, json={
            "external_customer_id": external, "sku": "MNTDAE0001", "qty": 1, "type": "buy"}), "add item")
        if added is None:
            return
        token = (added.get("data") or {}).get("token")  # the basket's cart token
        if expect(s.post(base + "/partner/walletable/complete/buy", timeout=10, json={
                "external_customer_id": external, "cart_token": token}), "complete") is None:
            return


threads = [threading.Thread(target=reads if mode == "reads" else buys, args=(i, session())) for i in range(clients)]
started = time.monotonic()
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.monotonic() - started
done = per_client * clients
if mode == "reads":
    print(f"{done} requests ({clients} clients, Digest auth) in {elapsed:.2f} s: {done / elapsed:.0f} req/s; non-200: {len(failures)}")
else:
    print(f"{done} buys, add item + complete ({clients} clients, Digest auth) in {elapsed:.2f} s: {done / elapsed:.0f} buys/s; failures: {len(failures)}")
for failure in failures[:5]:
    print("  " + failure)
sys.exit(1 if failures else 0)
