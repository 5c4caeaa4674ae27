// Starts GraphiQL against this gateway's own /graphql (HTTP for queries and mutations, graphql-transport-ws for
// subscriptions). The token pasted in the Headers tab goes with every request, and into the WebSocket's connection_init
// payload, where the gateway reads it for subscriptions. Nothing is stored in the browser: headers are not persisted.
(function () {
  'use strict';
  var url = new URL('/graphql', window.location.href).toString();
  var socketUrl = url.replace(/^http/, 'ws');
  var fetchers = {};

  // One fetcher per set of headers: the WebSocket client takes its connection parameters when it is made.
  function fetcher(params, options) {
    var headers = (options && options.headers) || {};
    var key = JSON.stringify(headers);
    if (!fetchers[key]) {
      fetchers[key] = GraphiQL.createFetcher({
        url: url,
        subscriptionUrl: socketUrl,
        headers: headers,
        wsConnectionParams: headers
      });
    }
    return fetchers[key](params, options);
  }

  var defaultQuery = [
    '# Watchlist GraphQL. Paste a token in the Headers tab below, for example',
    '#   {"Authorization": "Bearer <token>"}',
    '# (in Development: ./run.sh token admin VN-MPS), then run the query.',
    '',
    'query Me {',
    '  viewer { subject roles agency }',
    '}',
    ''
  ].join('\n');

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultHeaders: '{}',
    shouldPersistHeaders: false,
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers'
  }));
})();
