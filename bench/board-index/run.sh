#!/usr/bin/env bash
# The alert board's indexes (decision 0092): a GIN index over the whole document against one over the audience alone.
# Builds two copies of a synthetic board of ROWS (20,000) bounded alert views in a scratch schema (shaped like the board's
# rows: 20 screening ids, audiences of two agencies, one agency in a hundred rare), then for each index variant times
# UPDATES (5,000) repeats (each rewrites one row, as a counted hit does) and the VACUUM that merges GIN's pending list, and
# EXPLAIN ANALYZEs the listing's first page for a common and a rare agency in the form each variant serves. Needs psql and a
# database it may create a schema in: PG (postgresql://watchlist:watchlist@127.0.0.1/watchlist_tests_board), SCHEMA
# (board_index). The last line is one JSON object.
set -euo pipefail
pg="${PG:-postgresql://watchlist:watchlist@127.0.0.1/watchlist_tests_board}"; schema="${SCHEMA:-board_index}"
rows="${ROWS:-20000}"; updates="${UPDATES:-5000}"
sql() { psql "$pg" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }
ms() { local t0 t1; t0=$(date +%s%N); sql "$1" >/dev/null; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
say() { printf '\033[1;34m[board-index]\033[0m %s\n' "$*" >&2; }

sql "drop schema if exists $schema cascade; create schema $schema"
board() {  # $1: table
  sql "create table $schema.$1 (id uuid primary key, data jsonb not null);
    insert into $schema.$1 select gen_random_uuid(), jsonb_build_object(
      'id', gen_random_uuid(), 'status', 'OPEN', 'severity', 'HIGH', 'severityRank', 1, 'borderPost', 'VN-TSN',
      'entryId', gen_random_uuid(), 'lists', jsonb_build_array('trafficking-suspects', 'list-' || (i % 50)),
      'category', 'HUMAN_TRAFFICKING', 'action', 'ARREST', 'ownerAgency', 'KH-GDI',
      'audience', case when i % 100 = 0 then '[\"LA-MPS\", \"TH-RTP\"]'::jsonb when i % 3 = 0 then '[\"KH-GDI\", \"TH-RTP\"]'::jsonb
        else '[\"KH-GDI\", \"VN-MPS\"]'::jsonb end,
      'audienceSettled', true, 'slaDeadline', now() + interval '5 minutes', 'sortKey', lpad(i::text, 19, '0') || '-' || md5(i::text),
      'alert', jsonb_build_object('hitCount', 20, 'facts', (select data -> 'alert' -> 'facts' from board_scratch.template),
        'screeningIds', (select jsonb_agg(gen_random_uuid()) from generate_series(1, 20 + i % 1)))
    ) from generate_series(1, $rows) i;
    create index on $schema.$1 ((data ->> 'sortKey')); create index on $schema.$1 (((data ->> 'entryId')::uuid))"
}
repeat_hits() {  # $1: table; each update rewrites one row's screening ids and count, as a repeated hit does
  ms "do \$\$ declare r record; begin
    for r in select id from $schema.$1 order by random() limit $updates loop
      update $schema.$1 set data = jsonb_set(jsonb_set(data, '{alert,screeningIds}',
        (data -> 'alert' -> 'screeningIds') - 1 || to_jsonb(gen_random_uuid())), '{alert,hitCount}',
        to_jsonb((data -> 'alert' ->> 'hitCount')::int + 1)) where id = r.id;
    end loop; end \$\$"
}
plan() {  # $1: table, $2: filter; the listing's first page, as ListAlertsEndpoint asks it
  sql "explain (analyze, buffers) select data from $schema.$1 as d where $2 order by d.data ->> 'sortKey' desc limit 51" \
    | awk '/Execution Time/ { print $3 }'
}

say "two boards of $rows rows"
board whole; board audience
sql "create index on $schema.whole using gin (data jsonb_path_ops); create index on $schema.audience using gin ((data -> 'audience') jsonb_path_ops)"
sql "vacuum analyze $schema.whole"; sql "vacuum analyze $schema.audience"
declare -A upd vac size common rare
for variant in whole audience; do
  upd[$variant]=$(repeat_hits "$variant"); vac[$variant]=$(ms "vacuum $schema.$variant")
  size[$variant]=$(sql "select pg_indexes_size('$schema.$variant') / 1024")
done
for variant in whole audience; do
  if [ "$variant" = whole ]; then f() { echo "d.data @> '{\"audience\": [\"$1\"]}'"; }; else f() { echo "d.data -> 'audience' @> '[\"$1\"]'"; }; fi
  plan "$variant" "$(f VN-MPS)" >/dev/null  # warm
  common[$variant]=$(plan "$variant" "$(f VN-MPS)"); rare[$variant]=$(plan "$variant" "$(f LA-MPS)")
  say "$variant: $updates repeats ${upd[$variant]} ms, vacuum ${vac[$variant]} ms, indexes ${size[$variant]} kB;" \
    "first page: common agency ${common[$variant]} ms, rare agency ${rare[$variant]} ms"
done
sql "drop schema $schema cascade"
printf '{"rows": %s, "updates": %s, "whole_update_ms": %s, "audience_update_ms": %s, "whole_vacuum_ms": %s, "audience_vacuum_ms": %s, ' \
  "$rows" "$updates" "${upd[whole]}" "${upd[audience]}" "${vac[whole]}" "${vac[audience]}"
printf '"whole_index_kb": %s, "audience_index_kb": %s, "whole_page_ms": [%s, %s], "audience_page_ms": [%s, %s]}\n' \
  "${size[whole]}" "${size[audience]}" "${common[whole]}" "${rare[whole]}" "${common[audience]}" "${rare[audience]}"
