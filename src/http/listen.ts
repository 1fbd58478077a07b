// Listening on a port as a promise: resolves with the bound port, rejects with the error (e.g. EADDRINUSE).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export function listenOn(http: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve((http.address() as AddressInfo).port);
    });
  });
}
