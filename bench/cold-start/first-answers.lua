-- wrk script: the gateway bench's screenings (bench/gateway/screening.lua), and the wall-clock moment at which each thread
-- has had MARK_AT answers (200) appended to MARK_FILE, so that the run script knows when the first 1,000 were answered.
dofile("bench/gateway/screening.lua")
local answered, marked = 0, false
local mark_at = tonumber(os.getenv("MARK_AT") or "500")
response = function(status)
  if status ~= 200 then return end
  answered = answered + 1
  if not marked and answered >= mark_at then
    marked = true
    local now = io.popen("date +%s.%N"):read("*l")
    local file = io.open(os.getenv("MARK_FILE"), "a")
    file:write(now, "\n")
    file:close()
  end
end
