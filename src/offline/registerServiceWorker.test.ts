import { describe, expect, it } from 'vitest';
import { serviceWorkerAllowed } from './registerServiceWorker';

describe('serviceWorkerAllowed', () => {
  it('registers in production builds on https and on http://localhost', () => {
    expect(serviceWorkerAllowed({ protocol: 'https:', hostname: 'plateau.example' }, true)).toBe(true);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'localhost' }, true)).toBe(true);
  });

  it('never on the dev server, on plain http elsewhere, or from a file', () => {
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'localhost' }, false)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: 'plateau.example' }, true)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'http:', hostname: '192.168.1.5' }, true)).toBe(false);
    expect(serviceWorkerAllowed({ protocol: 'file:', hostname: '' }, true)).toBe(false);
  });
});
