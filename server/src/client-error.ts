import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Requests Node's HTTP parser refuses before Express sees them (a request line or headers
 * over `maxHeaderSize`, a malformed request, a client too slow to send its headers) get the
 * same JSON error body as every other error, instead of Node's empty default answer.
 */
export function onClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  let status = 400;
  let body = { error: { code: 'bad_request', message: 'The request is malformed.' } };
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    status = 431;
    body = { error: { code: 'headers_too_large', message: 'The address or the request headers are too long.' } };
  } else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    body = { error: { code: 'request_timeout', message: 'The request took too long to arrive.' } };
  }
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Cache-Control: no-store\r\n' +
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n" +
      'X-Content-Type-Options: nosniff\r\n' +
      'Connection: close\r\n\r\n' +
      json,
  );
}
