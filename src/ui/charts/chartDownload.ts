/**
 * Saves a drawn chart as SVG or PNG. The SVG is the chart's own markup with
 * a background and a title added; the PNG draws that SVG onto a canvas at
 * twice the size, for sharp slides.
 */
import { saveBlob } from '../files/saveBlob';
function standaloneSvg(svg: SVGSVGElement, title: string): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = svg.clientWidth || Number(svg.getAttribute('width')) || 600;
  const height = svg.clientHeight || Number(svg.getAttribute('height')) || 300;
  const styles = getComputedStyle(svg);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', styles.fontFamily || 'system-ui, sans-serif');
  copy.setAttribute('font-size', '12');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).getPropertyValue('--panel').trim() || '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  copy.insertBefore(titleElement, copy.firstChild);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

export function fileNameFor(title: string, extension: 'svg' | 'png'): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `plateau-${slug || 'chart'}.${extension}`;
}

export function downloadSvg(svg: SVGSVGElement, title: string): void {
  const { text } = standaloneSvg(svg, title);
  saveBlob(new Blob([text], { type: 'image/svg+xml' }), fileNameFor(title, 'svg'));
}

export async function downloadPng(svg: SVGSVGElement, title: string): Promise<void> {
  const { text, width, height } = standaloneSvg(svg, title);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart to an image.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser could not encode the PNG.');
  saveBlob(blob, fileNameFor(title, 'png'));
}
