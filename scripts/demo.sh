#!/usr/bin/env bash
# Loads the demo data through the gateway: both public lists and a handful of example entries.
#   scripts/demo.sh [gateway-url]
# Safe to run again: a re-import of the same lists changes nothing, and every example carries an
# Idempotency-Key.
set -euo pipefail
gw="${1:-http://localhost:8080}"
cd "$(dirname "$0")/.."
token=$(scripts/token.sh admin VN-MPS)
auth=(-H "Authorization: Bearer $token")

echo "[demo] importing the OFAC SDN list"
curl -fsS "${auth[@]}" -F sdn=@data/ofac/sdn.csv -F alt=@data/ofac/alt.csv -F add=@data/ofac/add.csv "$gw/api/imports/ofac-sdn"; echo
echo "[demo] importing the UN Security Council list"
curl -fsS "${auth[@]}" -H "Content-Type: application/xml" --data-binary @data/un/consolidated.xml "$gw/api/imports/un-sc"; echo

post() {
  local key="$1" body="$2"
  curl -fsS -o /dev/null -X POST "$gw/api/entries" "${auth[@]}" -H "Content-Type: application/json" \
    -H "Idempotency-Key: demo-$key" -d "$body" && echo "[demo] listed $key"
}
post nguyen-van-hung '{"kind":"PERSON","names":[{"value":"Nguyễn Văn Hùng","type":"PRIMARY"},{"value":"Hung Nguyen","type":"ALIAS"}],
  "birthDates":["1980-05-12"],"gender":"MALE","nationalities":["VN"],
  "documents":[{"type":"PASSPORT","number":"C1234567","country":"VN","expiresOn":"2030-01-01"}],
  "identifiers":[{"type":"PHONE","value":"+84901234567"},{"type":"SOCIAL_HANDLE","value":"viec.nhe.luong.cao","platform":"facebook"}],
  "lists":["trafficking-suspects"],"category":"HUMAN_TRAFFICKING","action":"ARREST","releasableTo":["VN-MPS","KH-GDI"],
  "source":{"dataset":"manual","reference":"VN-MPS/2026/0042"},"remarks":"Recruits for fake factory jobs abroad."}'
post dang-thi-dao '{"kind":"PERSON","names":[{"value":"Đặng Thị Đào","type":"PRIMARY"},{"value":"Dao Dang","type":"WEAK_ALIAS"}],
  "birthDates":["1975"],"gender":"FEMALE","nationalities":["VN"],"lists":["smuggling-facilitators"],
  "category":"MIGRANT_SMUGGLING","action":"SPECIFIC_CHECK","releasableTo":["*"]}'
post huynh-thi-lan '{"kind":"PERSON","names":[{"value":"Huỳnh Thị Lan","type":"PRIMARY"}],"birthDates":["2009-03"],"gender":"FEMALE",
  "nationalities":["VN"],"lists":["missing-persons"],"category":"MISSING_PERSON","action":"PROTECT","releasableTo":["*"],
  "remarks":"Possible victim; approach discreetly."}'
post broker-phone '{"kind":"ONLINE_IDENTIFIER","names":[{"value":"Việc nhẹ lương cao recruiter","type":"PRIMARY"}],
  "identifiers":[{"type":"PHONE","value":"+855 12 345 678"},{"type":"SOCIAL_HANDLE","value":"@tuyen.dung.campuchia","platform":"telegram"}],
  "lists":["recruitment-fraud"],"category":"CYBER_FRAUD","action":"INFORM","releasableTo":["*"]}'
post stolen-passport '{"kind":"TRAVEL_DOCUMENT","documents":[{"type":"PASSPORT","number":"C7654321","country":"VN"}],
  "lists":["lost-stolen-documents"],"category":"LOST_STOLEN_DOCUMENT","action":"SEIZE_DOCUMENT","releasableTo":["*"]}'
post smuggling-company '{"kind":"ORGANISATION","names":[{"value":"Công ty TNHH Xuất khẩu Lao động Ánh Dương","type":"PRIMARY"}],
  "lists":["recruitment-fraud"],"category":"HUMAN_TRAFFICKING","action":"INFORM","releasableTo":["*"]}'
