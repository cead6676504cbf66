-- wrk script for SurveyBench: every request submits a different invitation (a survey link can be answered once).
-- Arguments: token file, thread count. Each thread takes every n-th token, so no two requests share a link.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  local count = tonumber(args[2])
  local i = 0
  for line in io.lines(args[1]) do
    if i % count == id then tokens[#tokens + 1] = line end
    i = i + 1
  end
  used = 0
  created = 0
  other = 0
  body = '{"answers": {"sv1": 8, "sv2": 9.5, "sv3": 7, "sv4": 10}}'
end

function request()
  used = used + 1
  local token = tokens[used]
  if token == nil then
    wrk.thread:stop()
    token = tokens[#tokens]
  end
  return wrk.format("POST", "/api/v1/surveys/" .. token .. "/responses",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. token }, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o, u = 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    o = o + thread:get("other")
    u = u + thread:get("used")
  end
  io.write(string.format("ALLIANCE created=%d other=%d used=%d p50=%d p99=%d seconds=%.3f errors=%d\n",
    c, o, u, latency:percentile(50), latency:percentile(99), summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
