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

const connection = createConnection(ProposedFeatures.all);
// A promise nothing waits for that fails (a request the client refused, a message on a closed connection) is said in
// the log, and the server goes on: the editor would lose its diagnostics with it.
process.on('unhandledRejection', (e: unknown) => {
  try {
    connection.console.error(`compact-lint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } catch {
    // The connection is gone: nothing to tell.
  }
});
startServer(connection);
