// Ends with an uncaught TypeError from reading a property of undefined.
var config = { server: { port: 8080 } };
console.log('port:', config.server.port);
console.log('client:', config.client);
function getHost(cfg) {
  return cfg.client.host;
}
console.log('about to read config.client.host');
getHost(config);
console.log('never printed');
