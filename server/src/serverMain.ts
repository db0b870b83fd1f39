/**
 * Entry point of dist/server.js. Any LSP client can start it:
 *   node dist/server.js --stdio     (or --node-ipc, --socket=PORT)
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

if (process.argv.includes('--help') || process.argv.length <= 2) {
  process.stdout.write('compact-lint language server\nUsage: node dist/server.js --stdio | --node-ipc | --socket=PORT\n');
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

startServer(createConnection(ProposedFeatures.all));
