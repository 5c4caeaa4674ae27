// The reference graphql-transport-ws client against the gateway. Prints one JSON line per thing it sees, so that an
// xunit test can assert on them: {"connected"}, {"next": payload}, {"error": errors}, {"complete"}, {"closed": code}.
// Usage: node client.mjs <ws-url> <token> <count> [filter-json]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, count = '1', filter = '{}'] = process.argv.slice(2);
const want = Number(count);
const print = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
  on: {
    connected: () => print({ connected: true }),
    closed: (e) => { print({ closed: e.code, reason: e.reason }); process.exit(e.code === 1000 ? 0 : 2); },
  },
  onNonLazyError: () => {},
});

let seen = 0;
const dispose = client.subscribe(
  {
    query: 'subscription($filter: AlertFilter) { alerts(filter: $filter) { alertId alertVersion kind status severity borderPost entryName action at } }',
    variables: { filter: JSON.parse(filter) },
  },
  {
    next: (payload) => {
      print({ next: payload });
      if (++seen >= want) { dispose(); client.dispose(); }
    },
    error: (errors) => { print({ error: errors }); process.exit(3); },
    complete: () => print({ complete: true }),
  },
);
setTimeout(() => { print({ timeout: true, seen }); process.exit(4); }, 60_000);
