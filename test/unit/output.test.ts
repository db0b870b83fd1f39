import { strict as assert } from 'node:assert';
import { Writable } from 'node:stream';
import { Output } from '../../server/src/node/output';

/** What a descriptor took, and how it behaves: `results` says, write by write, how many bytes it takes or which error it raises. */
function descriptor(results: (number | string)[] = []) {
  const taken: Buffer[] = [];
  const writeSync = (_fd: number, buffer: Uint8Array, offset: number, length: number): number => {
    const next = results.shift();
    if (typeof next === 'string') throw Object.assign(new Error(`${next}: simulated`), { code: next });
    const n = next === undefined ? length : Math.min(next, length);
    taken.push(Buffer.from(buffer.subarray(offset, offset + n)));
    return n;
  };
  return { writeSync, text: () => Buffer.concat(taken).toString('utf8') };
}

/** A stream that keeps what it is given; `fail` makes its next write fail with that code. */
function stream() {
  const chunks: Buffer[] = [];
  let built = 0;
  let fail: string | undefined;
  const s = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (fail) return callback(Object.assign(new Error(`${fail}: simulated`), { code: fail }));
      chunks.push(chunk);
      callback();
    },
  });
  return {
    get: () => (built++, s),
    built: () => built,
    failNext: (code: string) => (fail = code),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

const ended = (out: Output): Promise<void> => new Promise((resolve) => out.end(resolve));

describe('CLI output', () => {
  it('writes to the descriptor directly, in UTF-8, and never builds the stream', async () => {
    const fd = descriptor();
    const s = stream();
    const out = new Output(1, s.get, { direct: true, writeSync: fd.writeSync });
    out.write('Write “follow-up”');
    out.write('');
    out.write(' – done\n');
    await ended(out);
    assert.equal(fd.text(), 'Write “follow-up” – done\n');
    assert.equal(s.built(), 0);
    assert.equal(out.failure, undefined);
  });

  it('writes what a descriptor took only in part until all of it is taken', () => {
    const fd = descriptor([3, 1, 5]);
    const out = new Output(1, stream().get, { direct: true, writeSync: fd.writeSync });
    out.write('0123456789abcdef');
    assert.equal(fd.text(), '0123456789abcdef');
  });

  it('hands the rest to the stream, in order, when the descriptor cannot take more now (EAGAIN)', async () => {
    const fd = descriptor([4, 'EAGAIN']);
    const s = stream();
    const out = new Output(1, s.get, { direct: true, writeSync: fd.writeSync });
    out.write('first line\n');
    out.write('second line\n');
    await ended(out);
    assert.equal(fd.text(), 'firs');
    assert.equal(s.text(), 't line\nsecond line\n');
    assert.equal(s.built(), 1);
    assert.equal(out.failure, undefined);
  });

  it('stops quietly when the reader has closed the pipe (EPIPE)', async () => {
    const fd = descriptor(['EPIPE']);
    const out = new Output(1, stream().get, { direct: true, writeSync: fd.writeSync });
    out.write('lost\n');
    out.write('not tried\n');
    await ended(out);
    assert.equal(fd.text(), '');
    assert.equal(out.failure, undefined);
  });

  it('keeps any other error as the failure, and writes nothing more', async () => {
    const fd = descriptor([2, 'ENOSPC']);
    const out = new Output(1, stream().get, { direct: true, writeSync: fd.writeSync });
    out.write('report\n');
    out.write('more\n');
    await ended(out);
    assert.equal(fd.text(), 're');
    assert.match(out.failure?.message ?? '', /ENOSPC/);
  });

  it('uses the stream from the start where writing directly is off (Windows), and keeps its error', async () => {
    const s = stream();
    const out = new Output(2, s.get, { direct: false, writeSync: () => assert.fail('the descriptor was written') });
    out.write('one\n');
    await ended(out);
    assert.equal(s.text(), 'one\n');
    s.failNext('ENOSPC');
    out.write('two\n');
    await ended(out);
    assert.match(out.failure?.message ?? '', /ENOSPC/);
    out.write('three\n');
    assert.equal(s.text(), 'one\n');
  });
});
