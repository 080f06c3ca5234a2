-- Prints one machine-readable line after a wrk run: requests/s, p50 and p99 latency (ms), non-2xx/3xx count
-- and socket errors. Optional: WRK_PATHS (file with one path per line) cycles requests through those paths.
local paths = {}
local index = 0

init = function(args)
  local file = os.getenv("WRK_PATHS")
  if file and #file > 0 then
    for line in io.lines(file) do
      if #line > 0 then paths[#paths + 1] = line end
    end
  end
end

request = function()
  if #paths == 0 then
    return wrk.format()
  end
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

done = function(summary, latency, requests)
  local errors = summary.errors
  local socket = errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.3f p99=%.3f non2xx=%d socket_errors=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.status, socket, summary.requests))
end
