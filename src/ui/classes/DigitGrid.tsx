/**
 * Validation images with their true class and the model's guess, updated as
 * it learns; a wrong guess is marked by colour, a border and the word
 * "wrong" (not colour alone). Each image is a small canvas of its grey levels.
 */
import { useEffect, useRef } from 'react';
import type { ClassFrame, ClassSamples } from '../../training/protocol';

function Digit({ samples, index }: { samples: ClassSamples; index: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const area = samples.width * samples.height;
    const image = context.createImageData(samples.width, samples.height);
    for (let pixel = 0; pixel < area; pixel++) {
      const level = 255 - (samples.pixels[index * area + pixel] as number);
      image.data.set([level, level, level, 255], pixel * 4);
    }
    context.putImageData(image, 0, 0);
  }, [samples, index]);
  return <canvas ref={canvas} width={samples.width} height={samples.height} aria-hidden="true" />;
}

export function DigitGrid({ samples, frame }: { samples: ClassSamples; frame: ClassFrame | null }) {
  const items = Array.from({ length: samples.count }, (_, index) => {
    const actual = samples.classes[samples.labels[index] as number] ?? '?';
    const guess = frame ? (samples.classes[frame.predicted[index] as number] ?? '?') : null;
    const wrong = guess !== null && guess !== actual;
    return { index, actual, guess, wrong };
  });
  const wrongCount = items.filter((item) => item.wrong).length;
  return (
    <figure className="digit-grid">
      <ul data-testid="digit-grid" aria-label={frame ? `${samples.count} validation images, ${wrongCount} predicted wrong` : `${samples.count} validation images, not predicted yet`}>
        {items.map(({ index, actual, guess, wrong }) => (
          <li key={index} className={wrong ? 'digit digit-wrong' : 'digit'} data-testid="digit" data-wrong={wrong ? 'true' : 'false'}>
            <Digit samples={samples} index={index} />
            <span className="digit-label">
              {actual}
              {guess !== null && <> → {guess}</>}
              {wrong && <span className="visually-hidden"> (wrong)</span>}
            </span>
          </li>
        ))}
      </ul>
      <figcaption>{frame ? `True → predicted after epoch ${frame.epoch + 1}; ${wrongCount} of ${samples.count} wrong, marked in red.` : 'Predictions appear after the first epoch.'}</figcaption>
    </figure>
  );
}
