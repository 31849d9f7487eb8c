import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestBorne } from '../src-main/test-support/test-services';
import { ratioResult, startBenchHost } from './compare';
import { timeInterleaved } from './stats';
import type { BenchResult } from './types';

const CALLS = 1000;
const WARMUP = 300;

/**
 * The preview host's API round trip (centre.get through the real client, transport,
 * token check, dispatcher, zod validation and service) beside a bare loopback HTTP echo
 * of a same-sized JSON body, both over fetch with keep-alive, in the same process,
 * measured alternately call by call.
 */
export default async function apiRoundTrip(): Promise<BenchResult> {
  const borne = createTestBorne();
  const { host, api } = await startBenchHost(borne);
  const answer = JSON.stringify({ ok: true, result: await api.centre.get() });
  const echo = await startEcho(answer);
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/`;

  const samples = await timeInterleaved(
    CALLS,
    WARMUP,
    () => api.centre.get(),
    async () => {
      const response = await fetch(echoUrl, {
        method: 'POST',
        body: '{"args":[]}',
        headers: { 'content-type': 'application/json' },
      });
      return response.json();
    },
  );

  await host.close();
  await new Promise((done) => echo.close(done));
  borne.services.close();
  return ratioResult({
    name: 'preview-host API round trip (centre.get)',
    samples,
    baselineWhat: 'bare loopback HTTP echo of the same JSON',
    maxRatio: 1.5,
    target: 'p50 within 1.5× of the echo',
  });
}

function startEcho(body: string): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      response.end(body);
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
