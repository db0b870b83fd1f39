// Preloaded into the CLI and server under test (node --require): any attempt
// to open a network connection or resolve a host name throws, so a test run
// that completes proves the tool made no network request.
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
function refuse(what) {
  return function () {
    throw new Error(`network access attempted: ${what}`);
  };
}
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
dns.lookup = dns.resolve = refuse('dns');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
globalThis.fetch = refuse('fetch');
