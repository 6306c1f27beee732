import { describe, expect, it } from 'vitest';
import { seriesSegments, strokeSegments, type PathContext } from './drawSeries';

const identity = (value: number) => value;

function recorder(): PathContext & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    beginPath: () => calls.push('begin'),
    moveTo: (x: number, y: number) => calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => calls.push(`L${x},${y}`),
    stroke: () => calls.push('stroke'),
    setLineDash: (dash: number[]) => calls.push(`dash ${dash.join(' ')}`),
  };
}

describe('canvas series', () => {
  const rows = [
    { epoch: 1, loss: 3 },
    { epoch: 2, loss: 2 },
    { epoch: 3, loss: null },
    { epoch: 4, loss: Number.NaN },
    { epoch: 5, loss: 1 },
  ];

  it('breaks the line where a value is missing or not finite', () => {
    expect(seriesSegments(rows, 'loss', identity, identity, false)).toEqual([
      [[1, 3], [2, 2]],
      [[5, 1]],
    ]);
  });

  it('draws a stepped series as steps after each point', () => {
    expect(seriesSegments(rows.slice(0, 2), 'loss', (epoch) => epoch * 10, (value) => -value, true)).toEqual([[[10, -3], [20, -3], [20, -2]]]);
  });

  it('strokes every stretch in one path with the series style, then resets alpha and dash', () => {
    const context = recorder();
    strokeSegments(context, [[[1, 3], [2, 2]], [[5, 1]]], { color: '#f00', width: 2, alpha: 0.25, dashed: true });
    expect(context.calls).toEqual(['begin', 'M1,3', 'L2,2', 'M5,1', 'L5.5,1', 'dash 5 3', 'stroke', 'dash ']);
    expect(context.strokeStyle).toBe('#f00');
    expect(context.lineWidth).toBe(2);
    expect(context.globalAlpha).toBe(1);
  });
});
