/**
 * The responder side of FastCGI, just enough to answer one request with
 * chosen bytes: PHP-FPM itself never sends a malformed header block, so the
 * cases that need one are answered by this instead.
 */
import type { Socket } from 'node:net';

const VERSION = 1;
const STDIN = 5;
const STDOUT = 6;
const END_REQUEST = 3;

function record(type: number, id: number, content: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt8(VERSION, 0);
  header.writeUInt8(type, 1);
  header.writeUInt16BE(id, 2);
  header.writeUInt16BE(content.length, 4);
  return Buffer.concat([header, content]);
}

/** Reads records until the request's empty STDIN record, then sends `stdout` and ends the request. */
export function fastcgiReply(socket: Socket, stdout: string): void {
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 8) {
      const type = pending.readUInt8(1);
      const id = pending.readUInt16BE(2);
      const content = pending.readUInt16BE(4);
      const length = 8 + content + pending.readUInt8(6);
      if (pending.length < length) return;
      pending = pending.subarray(length);
      if (type === STDIN && content === 0) {
        socket.end(Buffer.concat([record(STDOUT, id, Buffer.from(stdout)), record(STDOUT, id, Buffer.alloc(0)), record(END_REQUEST, id, Buffer.alloc(8))]));
        return;
      }
    }
  });
}
