#!/usr/bin/env bash
# Prints a development JWT: ./run.sh token <role> [agency]. Signed with the development key,
# which the hosts accept only when ASPNETCORE_ENVIRONMENT=Development.
set -euo pipefail
role="${1:-}"; agency="${2:-VN-MPS}"
case "$role" in admin|officer|command-centre|auditor) ;; *)
  echo "usage: ./run.sh token <admin|officer|command-centre|auditor> [agency, default VN-MPS]" >&2; exit 2;;
esac
[[ "$agency" =~ ^[A-Z0-9][A-Z0-9-]{1,31}$ ]] || { echo "agency must be a code such as VN-MPS" >&2; exit 2; }
key="${WATCHLIST_DEV_SIGNING_KEY:-watchlist-development-signing-key-not-for-production-use}"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
hours="${WATCHLIST_TOKEN_HOURS:-12}"
[[ "$hours" =~ ^[1-9][0-9]*$ ]] || { echo "WATCHLIST_TOKEN_HOURS must be a whole number of hours" >&2; exit 2; }
# The hosts refuse tokens that live longer than Jwt:MaxLifetime (24 h unless configured otherwise).
(( hours <= 24 )) || echo "warning: a ${hours} h token is refused unless Jwt__MaxLifetime allows it" >&2
now=$(date +%s); exp=$((now + hours * 3600))
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
payload=$(printf '{"sub":"dev-%s","role":"%s","agency":"%s","iss":"watchlist-dev","aud":"watchlist","iat":%d,"nbf":%d,"exp":%d}' \
  "$role" "$role" "$agency" "$now" "$now" "$exp" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
