/** `--jobs`: worker threads change the speed, never the output. */
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './helpers.js';

describe('--jobs', () => {
  it('gives the same bytes, in the same order, with 1 job and with 3', () => {
    const args = ['-q', fixture('text'), fixture('html'), fixture('seeds')];
    const one = runCli(['--jobs', '1', ...args]);
    const three = runCli(['--jobs', '3', ...args]);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(one.stdout.split('\n').length).toBeGreaterThan(40);
    expect(three.stdout).toBe(one.stdout);
  });
  it('reports a bad input once, in its place, and goes on', () => {
    const r = runCli(['-q', '--jobs', '2', '--errors-json', fixture('seeds'), fixture('no-such-file.txt'), fixture('text')]);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/no-such-file\.txt/gu)).toHaveLength(1);
    expect(r.stdout).toContain('"error"');
  });
  it('refuses a number of jobs that is not one', () => {
    expect(runCli(['--jobs', '0', fixture('seeds')]).status).toBe(2);
    expect(runCli(['--jobs', 'many', fixture('seeds')]).status).toBe(2);
  });
});
