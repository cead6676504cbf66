#!/usr/bin/env python3
"""Sign-in throttling as an attacker meets it (docs/operations.md, "Sign-in and sessions").

    bench/probes/signin-throttle.py BASE_URL EMAIL PASSWORD SECONDS [xff]

Posts the sign-in form with wrong passwords for SECONDS from one client, then the right password from another client
and from the attacking one. With a fifth argument the two clients are told apart by X-Forwarded-For (start the app
with ForwardedHeaders__KnownProxies=127.0.0.1); without it both are this machine. Prints counts by status and the
Retry-After values seen. Python 3 standard library only."""
import sys, time, re, urllib.request, urllib.parse, http.cookiejar, collections, json
if len(sys.argv) not in (5, 6):
    sys.exit(__doc__)
base, email, good, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
def client(xff=None):
    jar = http.cookiejar.CookieJar()
    op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
    return op, xff
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
def attempt(c, password):
    op, xff = c
    h = {"X-Forwarded-For": xff} if xff else {}
    page = op.open(urllib.request.Request(base + "/login", headers=h)).read().decode()
    tok = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"email": email, "password": password, "__RequestVerificationToken": tok}).encode()
    try:
        r = op.open(urllib.request.Request(base + "/login", data=body, headers=h))
        return r.status, r.headers.get("Retry-After")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Retry-After")
attacker = client("203.0.113.7" if len(sys.argv) > 5 else None)
counts, waits, t0, n = collections.Counter(), collections.Counter(), time.time(), 0
while time.time() - t0 < seconds:
    s, ra = attempt(attacker, "wrong-password-%d" % n); n += 1
    counts[s] += 1
    if ra: waits[ra] += 1
print(json.dumps({"attempts": n, "seconds": seconds, "by_status": counts, "retry_after": waits}))
owner = client("198.51.100.9" if len(sys.argv) > 5 else None)
print("right password from another client:", attempt(owner, good))
print("right password from the attacker's client:", attempt(attacker, good))
