#!/usr/bin/env bash
# Loads demo entries through the gateway: ./scripts/demo.sh [gateway-url]. Safe to run twice
# (each entry carries an Idempotency-Key).
set -euo pipefail
gw="${1:-http://localhost:8080}"
cd "$(dirname "$0")/.."
token=$(scripts/token.sh admin VN-MPS)
post() {
  local key="$1" body="$2"
  curl -fsS -X POST "$gw/api/entries" -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -H "Idempotency-Key: demo-$key" -d "$body" >/dev/null && echo "[demo] listed $key"
}
post nguyen-van-hung '{"kind":"PERSON","names":[{"value":"Nguyễn Văn Hùng","type":"PRIMARY"},{"value":"Hung Nguyen","type":"ALIAS"}],"lists":["trafficking-suspects"],"category":"HUMAN_TRAFFICKING","action":"ARREST","releasableTo":["VN-MPS","KH-GDI"],"remarks":"Recruits for fake factory jobs abroad."}'
post dang-thi-dao '{"kind":"PERSON","names":[{"value":"Đặng Thị Đào","type":"PRIMARY"}],"lists":["smuggling-facilitators"],"category":"MIGRANT_SMUGGLING","action":"SPECIFIC_CHECK","releasableTo":["*"]}'
post broker-phone '{"kind":"ONLINE_IDENTIFIER","names":[{"value":"Việc nhẹ lương cao broker","type":"PRIMARY"}],"lists":["recruitment-fraud"],"category":"CYBER_FRAUD","action":"INFORM","releasableTo":["*"]}'
post stolen-passport '{"kind":"TRAVEL_DOCUMENT","names":[{"value":"Passport C7654321 (VN)","type":"PRIMARY"}],"lists":["lost-stolen-documents"],"category":"LOST_STOLEN_DOCUMENT","action":"SEIZE_DOCUMENT","releasableTo":["*"]}'
