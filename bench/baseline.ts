// The limit a Node service can reach here: a bare node:http server answering the benchmark's requests from an
// in-memory map of the service's own responses. Started by bench/run.ts as a child process.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

interface Canned {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const [file, port] = process.argv.slice(2);
const answers = new Map<string, Canned>(Object.entries(JSON.parse(readFileSync(file as string, 'utf8')) as Record<string, Canned>));

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const answer = answers.get(`${req.method} ${req.url}\n${Buffer.concat(chunks).toString('utf8')}`);
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
    res.end(answer.body);
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
