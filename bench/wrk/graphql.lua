-- wrk script for every HTTP scenario of bench/run: POSTs GraphQL request bodies and prints one result line.
--
-- Environment (set by the harness):
--   BENCH_OP       get | create | list | index | query | fixed
--   BENCH_VARIABLES  index, query: the variables of their one request (JSON)
--   BENCH_QUERY    the GraphQL document (one line, no double quotes)
--   BENCH_API_KEY  sent as x-api-key when not empty
--   BENCH_SEEDS    get: ids are drawn uniformly from seed-0 .. seed-(BENCH_SEEDS-1)
-- Output: "BENCH_RESULT {json}" with the request count, duration, latency percentiles and error counts, answers
-- with status 200 but GraphQL "errors" among them.

local op = os.getenv("BENCH_OP") or "fixed"
local query = os.getenv("BENCH_QUERY") or ""
local api_key = os.getenv("BENCH_API_KEY") or ""
local seeds = tonumber(os.getenv("BENCH_SEEDS") or "1")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if api_key ~= "" then
  wrk.headers["x-api-key"] = api_key
end

local threads = {}
function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

local fixed_request
local sequence = 0
function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 7919)
  if op == "list" then
    fixed_request = wrk.format(nil, nil, nil, '{"query":"' .. query .. '","variables":{"limit":100}}')
  elseif op == "index" or op == "query" then
    fixed_request = wrk.format(nil, nil, nil,
      '{"query":"' .. query .. '","variables":' .. (os.getenv("BENCH_VARIABLES") or "{}") .. '}')
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

-- A 200 answer that carries GraphQL errors is an error too (the cheap substring test runs in C).
graphql_errors = 0
function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local answered_with_errors = 0
  for _, thread in ipairs(threads) do
    answered_with_errors = answered_with_errors + (thread:get("graphql_errors") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"mean_us":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"graphql":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout, answered_with_errors))
end
