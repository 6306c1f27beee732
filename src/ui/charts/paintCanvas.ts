/**
 * Repaints a canvas of `width` × `height` CSS pixels: its backing store sized
 * for the screen's pixel ratio (so lines stay sharp), cleared, then `paint`
 * drawing in CSS pixels.
 */
export function paintCanvas(canvas: HTMLCanvasElement | null, width: number, height: number, paint: (context: CanvasRenderingContext2D) => void): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context || width <= 0) return;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  paint(context);
}
