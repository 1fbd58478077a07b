// `npm run bench` options: what to measure and where (ports, heap), read once; --help lists them.
import { defineCommand, parseCommandLine } from '../src/cli/args.js';
import { memorySize, port, positiveNumber, wholeNumbers } from '../src/cli/values.js';

export const BENCH_COMMAND = defineCommand({
  usage: ['npm run bench -- [options]'],
  positionals: false,
  options: {
    scales: { type: 'string', value: 'N,N', description: 'data sizes to measure, as multiples of the real lists, starting with 1', default: '1,10', parse: wholeNumbers('1,10,100', 1) },
    duration: { type: 'string', value: 'S', description: 'seconds per measurement', default: '5', parse: positiveNumber('seconds') },
    clients: { type: 'string', value: 'N,N', description: 'concurrent clients of each measurement, one run per number', default: '1,4', parse: wholeNumbers('1,4') },
    'bolt-port': { type: 'string', value: 'PORT', description: "Bolt port of the benchmark's own Neo4j, the 'bench' instance", default: '7689', parse: port },
    'http-port': { type: 'string', value: 'PORT', description: 'first HTTP port to try for the services, the bare server and the peer (each takes the next free one)', default: '4300', parse: port },
    heap: { type: 'string', value: 'SIZE', description: 'Java heap of that Neo4j, e.g. 2g or 1536m', default: '2g', parse: memorySize },
  },
  notes: ['example: npm run bench -- --scales 1,10,100 --duration 5'],
});

export interface BenchOptions {
  scales: number[];
  /** Seconds per measurement. */
  duration: number;
  clients: number[];
  boltPort: number;
  /** The first HTTP port to try for the processes measured. */
  httpPort: number;
  heap: string;
}

/** Reads the command line; throws HelpRequested or UsageError (src/cli/args.ts) for the caller to exit with. */
export function readBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseCommandLine(BENCH_COMMAND, argv);
  return { scales: values.scales, duration: values.duration, clients: values.clients, boltPort: values['bolt-port'], httpPort: values['http-port'], heap: values.heap };
}
