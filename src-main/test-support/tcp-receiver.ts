import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A network ticket printer stand-in: listens on 127.0.0.1 like a printer on port 9100
 * and keeps every connection's bytes.
 */
export interface TcpReceiver {
  port: number;
  /** One Buffer per closed connection, in arrival order. */
  received: Buffer[];
  /** Resolves with the next connection's bytes once the sender closes it. */
  next(timeoutMs?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startTcpReceiver(): Promise<TcpReceiver> {
  const received: Buffer[] = [];
  const waiters: ((bytes: Buffer) => void)[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      sockets.delete(socket);
      const bytes = Buffer.concat(chunks);
      received.push(bytes);
      waiters.shift()?.(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    next: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no ticket received')), timeoutMs);
        waiters.push((bytes) => {
          clearTimeout(timer);
          resolve(bytes);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
