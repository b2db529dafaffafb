-- wrk script for every HTTP scenario of bench/run: POSTs GraphQL request bodies and prints one result line.
--
-- Environment (set by the harness):
--   BENCH_OP       get | create | list | fixed
--   BENCH_QUERY    the GraphQL document (one line, no double quotes)
--   BENCH_API_KEY  sent as x-api-key when not empty
--   BENCH_SEEDS    get: ids are drawn uniformly from seed-0 .. seed-(BENCH_SEEDS-1)
-- Output: "BENCH_RESULT {json}" with the request count, duration, latency percentiles and error counts.

local op = os.getenv("BENCH_OP") or "fixed"
local query = os.getenv("BENCH_QUERY") or ""
local api_key = os.getenv("BENCH_API_KEY") or ""
local seeds = tonumber(os.getenv("BENCH_SEEDS") or "1")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if api_key ~= "" then
  wrk.headers["x-api-key"] = api_key
end

local next_thread_id = 0
function setup(thread)
  thread:set("thread_id", next_thread_id)
  next_thread_id = next_thread_id + 1
end

local fixed_request
local sequence = 0
function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  if op == "list" then
    fixed_request = wrk.format(nil, nil, nil, '{"query":"' .. query .. '","variables":{"limit":100}}')
  elseif op == "fixed" then
    fixed_request = wrk.format(nil, nil, nil, '{"query":"' .. query .. '","variables":{"id":"seed-0"}}')
  end
end

function request()
  if fixed_request then
    return fixed_request
  end
  local variables
  if op == "get" then
    variables = string.format('{"id":"seed-%d"}', math.random(0, seeds - 1))
  else
    sequence = sequence + 1
    variables = string.format(
      '{"input":{"name":"bench todo %d-%d","description":"created by wrk","priority":"MEDIUM"}}',
      thread_id or 0, sequence)
  end
  return wrk.format(nil, nil, nil, '{"query":"' .. query .. '","variables":' .. variables .. '}')
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
