-- wrk script: POST /api/screenings with a rotating set of travellers (mostly not listed, a few
-- listed by the demo data or the public lists), each request a different body in turn.
-- The token comes from BENCH_TOKEN (./run.sh token officer).
local travellers = {
  '{"name":"NGUYEN VAN HUNG","birthDate":"1980-05-12","nationality":"VN"}',
  '{"name":"TRAN THI MAI","birthDate":"1992-11-03","nationality":"VN"}',
  '{"name":"LE MINH TUAN","birthDate":"1985-02-17","nationality":"VN"}',
  '{"name":"PHAM QUOC BAO","birthDate":"1978-08-30","nationality":"VN"}',
  '{"name":"HOANG THI LAN","birthDate":"2001-01-09","nationality":"VN"}',
  '{"name":"DO VAN KHANH","birthDate":"1969-06-21","nationality":"VN"}',
  '{"name":"SOK CHEA","birthDate":"1990-04-14","nationality":"KH"}',
  '{"name":"SOMCHAI JAIDEE","birthDate":"1983-12-01","nationality":"TH"}',
  '{"name":"WANG XIAOMING","birthDate":"1975-07-07","nationality":"CN"}',
  '{"name":"KIM MIN JUN","birthDate":"1995-03-25","nationality":"KR"}',
  '{"name":"JOHN ROBERT SMITH","birthDate":"1966-10-10","nationality":"GB"}',
  '{"name":"MARIA GARCIA LOPEZ","birthDate":"1988-09-19","nationality":"ES"}',
  '{"name":"AHMED HASSAN MAHMOUD","birthDate":"1972-05-05","nationality":"EG"}',
  '{"name":"IVAN PETROV","birthDate":"1981-02-28","nationality":"RU"}',
  '{"name":"NGUYEN THI THU HANG","birthDate":"1999-12-12","nationality":"VN"}',
  '{"name":"HUYNH THI LAN","birthDate":"2009-03","nationality":"VN"}',
}
local requests = {}

-- Built per thread once wrk knows the Host header (it is not set yet when the script loads).
init = function(args)
  for i, traveller in ipairs(travellers) do
    requests[i] = wrk.format("POST", wrk.path, {
      ["Host"] = wrk.headers["Host"],
      ["Content-Type"] = "application/json",
      ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
    }, '{"traveller":' .. traveller .. ',"context":{"borderPost":"VN-TSN","direction":"ENTRY"}}')
  end
end

local n = 0
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]
end
